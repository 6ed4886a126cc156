"""Superset settings for a local, offline, read-only view of the published warehouse.

Pointed to by SUPERSET_CONFIG_PATH (set by newsfacts.superset). Superset imports this
file itself, so it reads its folder from SUPERSET_HOME like Superset does.
"""

import os

SUPERSET_HOME = os.environ["SUPERSET_HOME"]

# Local use only: the server listens on 127.0.0.1 and holds no secrets of its own.
SECRET_KEY = "newsfacts-local-superset-not-for-deployment"  # noqa: S105
SQLALCHEMY_DATABASE_URI = f"sqlite:///{SUPERSET_HOME}/superset.db"

# Nothing reaches the network: no telemetry pixel, no map tiles, no thumbnails or reports.
SCARF_ANALYTICS = False
MAPBOX_API_KEY = ""
FEATURE_FLAGS = {
    "THUMBNAILS": False,
    "ALERT_REPORTS": False,
    "DASHBOARD_RBAC": False,
    "EMBEDDED_SUPERSET": False,
}
ENABLE_PROXY_FIX = False
# The prebuilt front end always renders a telemetry pixel; a same-origin-only policy blocks it,
# and any font, tile or image from elsewhere, in the browser.
THEME_FONT_URL_ALLOWED_DOMAINS: list[str] = []
TALISMAN_ENABLED = True
TALISMAN_CONFIG = {
    "content_security_policy": {
        "base-uri": ["'self'"],
        "default-src": ["'self'"],
        "img-src": ["'self'", "blob:", "data:"],
        "worker-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "object-src": "'none'",
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'"],
        "script-src": ["'self'", "'strict-dynamic'"],
    },
    "content_security_policy_nonce_in": ["script-src"],
    "force_https": False,
    "session_cookie_secure": False,
}
RATELIMIT_STORAGE_URI = "memory://"

# The warehouse is a snapshot swapped under Superset: never serve a cached answer.
CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
FILTER_STATE_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache"}
EXPLORE_FORM_DATA_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache"}

# Analysts read, never write: no DML, no uploads, no CTAS from SQL Lab.
PREVENT_UNSAFE_DB_CONNECTIONS = True
SQLLAB_CTAS_NO_LIMIT = False

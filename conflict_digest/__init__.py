"""conflict-digest: turn a folder of dated conflict reports into a de-duplicated daily digest.

Kept import-free so `digest --version` and `import conflict_digest` stay cheap.
"""
__version__ = "0.1.0"

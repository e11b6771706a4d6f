"""news-digest: turn a folder of news articles into a browsable, cited digest site."""

__version__ = "0.1.0"

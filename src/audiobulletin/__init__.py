"""audiobulletin: a written Chinese report in, a chaptered Mandarin MP3 bulletin out."""

__version__ = "0.1.0"

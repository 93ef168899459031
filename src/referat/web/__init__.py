"""The web site and the JSON API."""

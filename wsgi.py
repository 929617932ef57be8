"""WSGI entry point: ``flask --app wsgi ...`` and ``gunicorn wsgi:app``."""
from vetting import create_app

app = create_app()

"""JSON API v1: the audit endpoints of API.md."""
from flask import Blueprint

bp = Blueprint("api_audit", __name__)

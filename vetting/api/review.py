"""JSON API v1: the review endpoints of API.md."""
from flask import Blueprint

bp = Blueprint("api_review", __name__)

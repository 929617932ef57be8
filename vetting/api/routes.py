"""JSON API v1: the contract of API.md over the same services as the pages."""
from flask import Blueprint

bp = Blueprint("api", __name__)

"""Join the release, retention and two-factor schema branches into one history.

Revision ID: 0005_merge
Revises: 0002_releases, 0003_retention, 0004_two_factor
Create Date: 2026-11-26
"""

revision = "0005_merge"
down_revision = ("0002_releases", "0003_retention", "0004_two_factor")
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass

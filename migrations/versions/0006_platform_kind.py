"""Findings get a platform kind from a closed list: all the board may know of where they were.

Existing findings are given the kind their free-text platform (and URL) names in the
known-platform table; any other is "other website".

Revision ID: 0006_platform_kind
Revises: 0005_merge
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

from vetting.services.board_text import platform_kind_of

revision = "0006_platform_kind"
down_revision = "0005_merge"
branch_labels = None
depends_on = None

findings = sa.table("findings", sa.column("id", sa.Integer), sa.column("url", sa.Text),
                    sa.column("platform", sa.String), sa.column("platform_kind", sa.String))


def upgrade():
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("platform_kind", sa.String(length=30), nullable=False,
                                      server_default="other website"))
    bind = op.get_bind()
    rows = bind.execute(sa.select(findings.c.id, findings.c.platform, findings.c.url)).all()
    for finding_id, platform, url in rows:
        kind = platform_kind_of(platform or "", url or "")
        if kind != "other website":
            bind.execute(findings.update().where(findings.c.id == finding_id)
                         .values(platform_kind=kind))


def downgrade():
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_column("platform_kind")

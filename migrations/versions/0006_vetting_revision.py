"""A revision on each vetting, claimed by every workflow step so concurrent steps conflict.

Revision ID: 0006_vetting_revision
Revises: 0005_merge
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_vetting_revision"
down_revision = "0005_merge"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("vettings") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), server_default="0", nullable=False))


def downgrade():
    with op.batch_alter_table("vettings") as batch:
        batch.drop_column("revision")

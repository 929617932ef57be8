"""A revision on each vetting, claimed by every workflow step so concurrent steps conflict;
each audit event's place in the trail, for the checkpoint kept outside the database.

Revision ID: 0008_concurrency_and_trail
Revises: 0007_sign_in_hardening
"""
import sqlalchemy as sa
from alembic import op

revision = "0008_concurrency_and_trail"
down_revision = "0007_sign_in_hardening"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("vettings") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("position", sa.Integer(), nullable=True))


def downgrade():
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("position")
    with op.batch_alter_table("vettings") as batch:
        batch.drop_column("revision")

"""Records retention: schedules, legal holds and purge records.

Revision ID: 0003_retention
Revises: 0001_initial
Create Date: 2026-11-26

"""
from alembic import op
import sqlalchemy as sa


revision = "0003_retention"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "retention_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"],
                                name=op.f("fk_retention_rules_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rules")),
        sa.UniqueConstraint("kind", name=op.f("uq_retention_rules_kind")),
    )
    op.create_table(
        "legal_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("cycle_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_by_id", sa.Integer(), nullable=True),
        sa.Column("placed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_by_id", sa.Integer(), nullable=True),
        sa.Column("lift_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "(candidate_id IS NULL AND cycle_id IS NOT NULL) OR "
            "(candidate_id IS NOT NULL AND cycle_id IS NULL)",
            name=op.f("ck_legal_holds_one_scope"),
        ),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"],
                                name=op.f("fk_legal_holds_candidate_id_candidates")),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"],
                                name=op.f("fk_legal_holds_cycle_id_cycles")),
        sa.ForeignKeyConstraint(["placed_by_id"], ["users.id"],
                                name=op.f("fk_legal_holds_placed_by_id_users")),
        sa.ForeignKeyConstraint(["lifted_by_id"], ["users.id"],
                                name=op.f("fk_legal_holds_lifted_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_holds")),
    )
    with op.batch_alter_table("legal_holds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_holds_candidate_id"), ["candidate_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_legal_holds_cycle_id"), ["cycle_id"], unique=False)
    op.create_table(
        "record_purges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidates.id"],
                                name=op.f("fk_record_purges_candidate_id_candidates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_purges")),
        sa.UniqueConstraint("candidate_id", "kind", name=op.f("uq_record_purges_candidate_id")),
    )
    with op.batch_alter_table("record_purges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_purges_candidate_id"), ["candidate_id"],
                              unique=False)


def downgrade():
    with op.batch_alter_table("record_purges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_purges_candidate_id"))
    op.drop_table("record_purges")
    with op.batch_alter_table("legal_holds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_holds_cycle_id"))
        batch_op.drop_index(batch_op.f("ix_legal_holds_candidate_id"))
    op.drop_table("legal_holds")
    op.drop_table("retention_rules")

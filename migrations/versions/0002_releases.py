"""Releases, redaction decisions, board reads and decisions, agency lexicon.

Revision ID: 0002_releases
Revises: 0001_initial
Create Date: 2026-11-26

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "0002_releases"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "redaction_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vetting_id", sa.Integer(), nullable=False),
        sa.Column("finding_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("phrase", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lexicon_review", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["vetting_id"], ["vettings.id"],
                                name=op.f("fk_redaction_decisions_vetting_id_vettings")),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"],
                                name=op.f("fk_redaction_decisions_finding_id_findings"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"],
                                name=op.f("fk_redaction_decisions_decided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redaction_decisions")),
    )
    with op.batch_alter_table("redaction_decisions") as batch_op:
        batch_op.create_index(batch_op.f("ix_redaction_decisions_vetting_id"), ["vetting_id"])

    op.create_table(
        "releases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vetting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("draft_sha256", sa.String(length=64), nullable=False),
        sa.Column("released_by_id", sa.Integer(), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["vetting_id"], ["vettings.id"],
                                name=op.f("fk_releases_vetting_id_vettings")),
        sa.ForeignKeyConstraint(["released_by_id"], ["users.id"],
                                name=op.f("fk_releases_released_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_releases")),
        sa.UniqueConstraint("vetting_id", "version", name=op.f("uq_releases_vetting_id")),
    )
    with op.batch_alter_table("releases") as batch_op:
        batch_op.create_index(batch_op.f("ix_releases_vetting_id"), ["vetting_id"])

    op.create_table(
        "summary_reads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("vetting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_summary_reads_user_id_users"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["vetting_id"], ["vettings.id"],
                                name=op.f("fk_summary_reads_vetting_id_vettings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_reads")),
        sa.UniqueConstraint("user_id", "vetting_id", name=op.f("uq_summary_reads_user_id")),
    )
    with op.batch_alter_table("summary_reads") as batch_op:
        batch_op.create_index(batch_op.f("ix_summary_reads_vetting_id"), ["vetting_id"])

    op.create_table(
        "board_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vetting_id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["vetting_id"], ["vettings.id"],
                                name=op.f("fk_board_decisions_vetting_id_vettings")),
        sa.ForeignKeyConstraint(["release_id"], ["releases.id"],
                                name=op.f("fk_board_decisions_release_id_releases")),
        sa.ForeignKeyConstraint(["decided_by_id"], ["users.id"],
                                name=op.f("fk_board_decisions_decided_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_decisions")),
    )
    with op.batch_alter_table("board_decisions") as batch_op:
        batch_op.create_index(batch_op.f("ix_board_decisions_vetting_id"), ["vetting_id"])

    op.create_table(
        "lexicon_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("source_decision_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["source_decision_id"], ["redaction_decisions.id"],
                                name=op.f("fk_lexicon_entries_source_decision_id_redaction_decisions")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_lexicon_entries_created_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lexicon_entries")),
        sa.UniqueConstraint("revision", name=op.f("uq_lexicon_entries_revision")),
    )


def downgrade():
    op.drop_table("lexicon_entries")
    for table, index in (("board_decisions", "vetting_id"),
                         ("summary_reads", "vetting_id"), ("releases", "vetting_id"),
                         ("redaction_decisions", "vetting_id")):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{index}"))
        op.drop_table(table)

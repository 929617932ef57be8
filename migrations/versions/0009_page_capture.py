"""Page capture: web pages the server saved as evidence, and their evidence files.

Revision ID: 0009_page_capture
Revises: 0008_concurrency_and_trail
Create Date: 2026-12-02

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0009_page_capture'
down_revision = '0008_concurrency_and_trail'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('captures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('finding_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('final_url', sa.Text(), nullable=False),
    sa.Column('http_status', sa.Integer(), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('login_wall', sa.Boolean(), nullable=False),
    sa.Column('refused', sa.JSON(), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('requested_from', sa.String(length=64), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('captured_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['finding_id'], ['findings.id'], name=op.f('fk_captures_finding_id_findings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'], name=op.f('fk_captures_requested_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_captures'))
    )
    with op.batch_alter_table('captures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_captures_finding_id'), ['finding_id'], unique=False)

    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('capture_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_evidence_capture_id'), ['capture_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_evidence_capture_id_captures'), 'captures', ['capture_id'], ['id'], ondelete='CASCADE')



def downgrade():
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_evidence_capture_id_captures'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_evidence_capture_id'))
        batch_op.drop_column('capture_id')

    with op.batch_alter_table('captures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_captures_finding_id'))

    op.drop_table('captures')

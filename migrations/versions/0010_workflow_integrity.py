"""Workflow integrity: candidate identifiers and withdrawal, send-backs, decision reasons.

Revision ID: 0010_workflow_integrity
Revises: 0009_page_capture
Create Date: 2026-12-02

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0010_workflow_integrity'
down_revision = '0009_page_capture'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('identifiers', sa.JSON(), nullable=False,
                                      server_default='[]'))
        batch_op.add_column(sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('withdrawal_reason', sa.Text(), nullable=False,
                                      server_default=''))

    with op.batch_alter_table('board_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.Text(), nullable=False, server_default=''))

    op.create_table('vetting_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('vetting_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('returned_by_id', sa.Integer(), nullable=False),
    sa.Column('returned_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['returned_by_id'], ['users.id'], name=op.f('fk_vetting_returns_returned_by_id_users')),
    sa.ForeignKeyConstraint(['vetting_id'], ['vettings.id'], name=op.f('fk_vetting_returns_vetting_id_vettings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vetting_returns'))
    )
    with op.batch_alter_table('vetting_returns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vetting_returns_vetting_id'), ['vetting_id'], unique=False)


def downgrade():
    with op.batch_alter_table('vetting_returns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vetting_returns_vetting_id'))
    op.drop_table('vetting_returns')
    with op.batch_alter_table('board_decisions', schema=None) as batch_op:
        batch_op.drop_column('reason')
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_column('withdrawal_reason')
        batch_op.drop_column('withdrawn_at')
        batch_op.drop_column('identifiers')

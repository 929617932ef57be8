"""Server-side sign-in sessions, and usernames unique regardless of letter case or Unicode form.

Revision ID: 0007_sign_in_hardening
Revises: 0006_platform_kind
Create Date: 2026-12-02

"""
import unicodedata

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007_sign_in_hardening'
down_revision = '0006_platform_kind'
branch_labels = None
depends_on = None


def _key(name):
    # Frozen copy of vetting.models.people.username_key at this revision.
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", name).casefold())


class UsernameClash(RuntimeError):
    """Existing accounts whose names differ only by letter case or Unicode form."""


def upgrade():
    users = sa.table('users', sa.column('id', sa.Integer()), sa.column('username', sa.String()),
                     sa.column('username_key', sa.String()))
    conn = op.get_bind()
    # Checked before any change, so a refused upgrade leaves the database as it was.
    keys, first, clashes = {}, {}, []
    for user_id, name in conn.execute(sa.select(users.c.id, users.c.username).order_by(users.c.id)):
        key = keys[user_id] = _key(name)
        if key in first:
            clashes.append(f"{first[key][1]!r} (id {first[key][0]}) and {name!r} (id {user_id})")
        else:
            first[key] = (user_id, name)
    if clashes:
        raise UsernameClash(
            "Usernames must now differ by more than letter case or Unicode form, and these "
            "accounts clash: " + "; ".join(clashes) + ". Rename one account of each pair (for "
            "example: UPDATE users SET username = 'ana-2' WHERE id = 7;) and run init-db again; "
            "nothing has been changed.")

    op.create_table('sign_in_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=10), nullable=True),
    sa.Column('code_attempts', sa.Integer(), nullable=False),
    sa.Column('two_factor', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_sign_in_sessions_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_in_sessions')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_sign_in_sessions_token_hash'))
    )
    with op.batch_alter_table('sign_in_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_in_sessions_user_id'), ['user_id'], unique=False)

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('username_key', sa.String(length=80), nullable=True))
    for user_id, key in keys.items():
        conn.execute(users.update().where(users.c.id == user_id).values(username_key=key))
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('username_key', existing_type=sa.String(length=80), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_users_username_key'), ['username_key'])


def downgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_users_username_key'), type_='unique')
        batch_op.drop_column('username_key')

    with op.batch_alter_table('sign_in_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sign_in_sessions_user_id'))

    op.drop_table('sign_in_sessions')

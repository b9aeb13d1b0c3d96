-- Designs: owned by a user; every save is a new, immutable version of the JSON document.
CREATE TABLE design (
    id             uuid        PRIMARY KEY,
    owner_id       bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name           text        NOT NULL,
    latest_version integer     NOT NULL CHECK (latest_version >= 1),
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX design_by_owner ON design (owner_id, updated_at DESC);

CREATE TABLE design_version (
    design_id uuid        NOT NULL REFERENCES design (id) ON DELETE CASCADE,
    version   integer     NOT NULL CHECK (version >= 1),
    document  jsonb       NOT NULL,
    saved_at  timestamptz NOT NULL,
    saved_by  bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (design_id, version)
);

-- A saved version never changes: history and diffs can trust it.
CREATE FUNCTION design_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'design versions are immutable';
END $$;
CREATE TRIGGER design_version_no_update BEFORE UPDATE ON design_version
    FOR EACH ROW EXECUTE FUNCTION design_version_immutable();

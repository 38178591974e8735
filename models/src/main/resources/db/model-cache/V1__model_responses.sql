-- Usable provider replies by request hash: a rerun of the same run asks no provider again.
CREATE TABLE model_response (
    cache_key     TEXT PRIMARY KEY,  -- SHA-256 of provider, model, messages, tools, output schema
    provider      TEXT NOT NULL,
    model         TEXT NOT NULL,
    text          TEXT NOT NULL,
    tool_calls    TEXT NOT NULL,     -- JSON array of {id, name, arguments}
    input_tokens  INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    stored_at     TEXT NOT NULL      -- ISO-8601 instant
);

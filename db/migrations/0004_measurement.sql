-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: published speed measurements of one model x quantization x machine x backend at a KV-cache
-- depth (db/catalog/measurements.csv). Where an estimate has a measured row at (nearly) the same
-- context, LocalRig shows the measured figure with its source next to the estimated band.
-- context is the KV depth the decode figure was taken at (0 = an empty cache, as the default llama-bench
-- tests are); prompt_tokens the length of the prefill test (pp512, pp2048), NULL when not stated.

CREATE TABLE measurement (
    model_id TEXT NOT NULL,
    quant_id TEXT NOT NULL,
    platform_id TEXT NOT NULL,
    backend TEXT NOT NULL,
    context INTEGER NOT NULL DEFAULT 0 CHECK (context >= 0),
    prompt_tokens INTEGER,
    pp_tps REAL,
    tg_tps REAL NOT NULL CHECK (tg_tps > 0),
    source_name TEXT NOT NULL DEFAULT '',
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (model_id, quant_id, platform_id, backend, context)
);

CREATE INDEX measurement_by_platform ON measurement (platform_id, model_id);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 4;

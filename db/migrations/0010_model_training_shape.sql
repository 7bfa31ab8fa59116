-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 10: what fine-tuning memory needs of a model beyond its KV layout (db/catalog/model_training_shapes.csv,
-- issue 18): hidden size, MLP width, vocabulary and whether the output layer reuses the input embeddings, as
-- the model's config.json states them. A model without a row is not sized for training.

CREATE TABLE model_training_shape (
    model_id TEXT PRIMARY KEY NOT NULL,
    hidden_size INTEGER NOT NULL CHECK (hidden_size > 0),
    intermediate_size INTEGER NOT NULL CHECK (intermediate_size > 0),
    vocab_size INTEGER NOT NULL CHECK (vocab_size > 0),
    tied_embeddings INTEGER NOT NULL CHECK (tied_embeddings IN (0, 1)),
    confirmed TEXT NOT NULL CHECK (confirmed IN ('yes', 'derived', 'guide-only', 'no')),
    source TEXT NOT NULL,
    source_date TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT ''
);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 10;

-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: a use case's typical prompt (issue 13): the new tokens one turn prefills, which sets the time to
-- the first token. Empty = LocalRig's default (4,096 tokens, the guide's "retrieve the relevant 4-8K").

ALTER TABLE use_case ADD COLUMN prompt_tokens INTEGER CHECK (prompt_tokens IS NULL OR prompt_tokens >= 1);

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 7;

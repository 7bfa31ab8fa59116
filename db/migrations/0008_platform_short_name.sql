-- SPDX-FileCopyrightText: 2026 LocalRig contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 8: a machine's short name (issue 14), e.g. "MacBook Pro 14 M4 Pro 48 GB" for "MacBook Pro 14-inch
-- (M4 Pro, 2024) 48GB": what tables, lists and chart legends show where the full name does not fit. Empty =
-- the full name (a user's own machine has none until they give one).

ALTER TABLE platform ADD COLUMN short_name TEXT NOT NULL DEFAULT '';

-- Records this step; the migrator checks that it did.
PRAGMA user_version = 8;

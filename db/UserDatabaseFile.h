// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <memory>

namespace localrig::db {

class Connection;

// Opens the user database file for writing, safely beside a second LocalRig starting at the same moment:
// checks the file is an SQLite database of ours, switches it to WAL with synchronous writes, and migrates
// it to the current schema. Any failure is the reason the file cannot be used (CorruptCatalog when moving
// it aside and starting afresh would help, Io when the disk or a lock said no).
Result<std::unique_ptr<Connection>> openUserDatabaseFile(const QString& path);

} // namespace localrig::db

// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace localrig::db {

// Where LocalRig keeps the user's own database: the platform's application-data folder, apart from the
// shipped catalog, so that replacing the catalog on an update never touches the user's rows.
QString userDatabasePath();

} // namespace localrig::db

// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace localrig::db {

// Where LocalRig keeps the user's own database: the platform's application-data folder, apart from the
// shipped catalog, so that replacing the catalog on an update never touches the user's rows.
// $LOCALRIG_USER_DATABASE overrides it (tests, portable setups).
QString userDatabasePath();

// The shipped, read-only catalog: $LOCALRIG_CATALOG when set, else <binary dir>/../share/localrig/
// catalog.sqlite (the build tree mirrors the installed layout, bin/ beside share/).
QString shippedCatalogPath();

} // namespace localrig::db

// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Catalog.h"
#include "CatalogTypes.h"
#include "core/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace localrig::db {

class UserDatabase;

// What the user database adds on top of its fact rows.
struct UserOverlay
{
    CatalogData rows; // user platforms, models, prices ... (same tables as the catalog)
    std::optional<QString> myMachineId;
    std::vector<PriceOverride> priceOverrides;
};

// Opens the shipped catalog read-only and merges the user's rows into it (user rows win by id).
// `user` may be null: the shipped catalog alone.
Result<Catalog> loadCatalog(const QString& shippedPath, const UserDatabase* user);

// Reads the shipped catalog file alone, unmerged.
Result<CatalogData> readShippedCatalog(const QString& shippedPath);

// The merge itself: user rows replace shipped rows with the same id (or key), new ones are added; then
// architectures are borrowed from relatives, my machine is marked and current prices are chosen.
Catalog mergeCatalogs(CatalogData shipped, UserOverlay user);

// The current price among a platform's dated prices: the newest that is not only the guide's, else the
// guide's price (marked as such). Returns nullopt when there is none.
std::optional<PricePoint> currentPrice(const std::vector<PricePoint>& history);

} // namespace localrig::db

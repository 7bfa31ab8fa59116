// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Platform.h"
#include "core/Result.h"

#include <string>

namespace localrig::ui {

// Where the Hardware page writes the user's own rows. The application implements it over
// db::UserDatabase; tests give a fake. Nothing is written before the user presses Save.
class UserCatalogStore
{
public:
    virtual ~UserCatalogStore() = default;

    // Adds or replaces a platform in the user's catalog; a user row with a shipped id wins over it.
    virtual Result<void> savePlatform(const core::Platform& platform) = 0;
    // The user's own current price for a platform, shipped or user-defined.
    virtual Result<void> setPriceOverride(const std::string& platformId, double usd) = 0;
    virtual Result<void> removePlatform(const std::string& platformId) = 0;
};

} // namespace localrig::ui

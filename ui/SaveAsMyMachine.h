// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MyMachineStore.h"
#include "UserCatalogStore.h"

namespace localrig::ui {

// The platform editor saves through a UserCatalogStore; a detected computer is saved as my machine
// instead. Prices and removals go to the store as usual.
class SaveAsMyMachine final : public UserCatalogStore
{
public:
    SaveAsMyMachine(MyMachineStore& machines, UserCatalogStore& store);

    Result<void> savePlatform(const core::Platform& platform) override;
    Result<void> setPriceOverride(const std::string& platformId, double usd) override;
    Result<void> removePlatform(const std::string& platformId) override;

private:
    MyMachineStore& m_machines;
    UserCatalogStore& m_store;
};

} // namespace localrig::ui

// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MyMachineStore.h"
#include "UserCatalogStore.h"

#include <optional>

namespace localrig::ui {

// The platform editor saves through a UserCatalogStore; a detected computer is saved as my machine
// instead. Prices and removals go to the store as usual.
class SaveAsMyMachine final : public UserCatalogStore
{
public:
    // `notes` are saved with the machine (MyMachineStore::saveMyMachine) while its bandwidth figures are
    // still those of `measured` (a note that a figure was measured must not outlive the user retyping it).
    SaveAsMyMachine(MyMachineStore& machines, UserCatalogStore& store, QString notes = {},
                    std::optional<core::Platform> measured = std::nullopt);

    // Whether `saved` still carries the bandwidth figures of `measured`.
    static bool keepsMeasurement(const core::Platform& saved, const core::Platform& measured);

    Result<void> savePlatform(const core::Platform& platform) override;
    Result<void> setPriceOverride(const std::string& platformId, double usd) override;
    Result<void> removePlatform(const std::string& platformId) override;

private:
    MyMachineStore& m_machines;
    UserCatalogStore& m_store;
    QString m_notes;
    std::optional<core::Platform> m_measured;
};

} // namespace localrig::ui

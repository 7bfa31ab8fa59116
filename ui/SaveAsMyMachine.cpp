// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveAsMyMachine.h"

#include <utility>

namespace localrig::ui {

SaveAsMyMachine::SaveAsMyMachine(MyMachineStore& machines, UserCatalogStore& store, QString notes,
                                 std::optional<core::Platform> measured)
    : m_machines(machines)
    , m_store(store)
    , m_notes(std::move(notes))
    , m_measured(std::move(measured))
{ }

bool SaveAsMyMachine::keepsMeasurement(const core::Platform& saved, const core::Platform& measured)
{
    return saved.bandwidthGBs == measured.bandwidthGBs && saved.systemBandwidthGBs == measured.systemBandwidthGBs
        && saved.memoryKind == measured.memoryKind;
}

Result<void> SaveAsMyMachine::savePlatform(const core::Platform& platform)
{
    return m_machines.saveMyMachine(platform,
                                    m_measured && keepsMeasurement(platform, *m_measured) ? m_notes : QString());
}

Result<void> SaveAsMyMachine::setPriceOverride(const std::string& platformId, double usd)
{
    return m_store.setPriceOverride(platformId, usd);
}

Result<void> SaveAsMyMachine::removePlatform(const std::string& platformId)
{
    return m_store.removePlatform(platformId);
}

} // namespace localrig::ui

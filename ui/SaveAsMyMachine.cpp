// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveAsMyMachine.h"

namespace localrig::ui {

SaveAsMyMachine::SaveAsMyMachine(MyMachineStore& machines, UserCatalogStore& store)
    : m_machines(machines)
    , m_store(store)
{ }

Result<void> SaveAsMyMachine::savePlatform(const core::Platform& platform)
{
    return m_machines.saveMyMachine(platform);
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

// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Platform.h"
#include "core/Result.h"

#include <QString>

namespace localrig::ui {

// Where "Detect This Computer…" saves: the platform goes to the user's catalog and is marked as their own
// machine. The application implements it over db::UserDatabase::saveMyMachine; tests give a fake.
class MyMachineStore
{
public:
    virtual ~MyMachineStore() = default;

    // Adds or replaces the platform (with its price, when it has one) and marks it as my machine. `notes` go
    // with the row's source ("memory bandwidth measured on this computer, 2026-12-04"); empty: none.
    virtual Result<void> saveMyMachine(const core::Platform& platform, const QString& notes) = 0;
};

} // namespace localrig::ui

// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Platform.h"
#include "core/Result.h"

namespace localrig::ui {

// Where "Detect This Computer…" saves: the platform goes to the user's catalog and is marked as their own
// machine. The application implements it over db::UserDatabase::saveMyMachine; tests give a fake.
class MyMachineStore
{
public:
    virtual ~MyMachineStore() = default;

    // Adds or replaces the platform (with its price, when it has one) and marks it as my machine.
    virtual Result<void> saveMyMachine(const core::Platform& platform) = 0;
};

} // namespace localrig::ui

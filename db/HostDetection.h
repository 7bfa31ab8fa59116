// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/host/HostInfo.h"

#include <QString>

// Runs what detecting "This computer" needs: reads /proc and /sys on Linux (core/host/HostProbe.h) and
// asks nvidia-smi, when it is installed, for NVIDIA names and VRAM; on macOS asks sysctl.
namespace localrig::db {

struct HostDetectionOptions
{
    QString root = QStringLiteral("/"); // another folder: a copy of /proc and /sys (tests, bug reports)
    bool runTools = true; // nvidia-smi and sysctl; off for a copied tree, which they would not describe
    int toolTimeoutMs = 5000;
};

Result<core::host::HostInfo> detectHost(const HostDetectionOptions& options = {});

} // namespace localrig::db

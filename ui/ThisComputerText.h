// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/HostInfo.h"
#include "db/ThisComputer.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace localrig::ui {

// How a detected computer reads in the window: its name, and which figures were detected, which came
// from a catalog machine with the same chip, and which the user still has to enter.
class ThisComputerText
{
    Q_DECLARE_TR_FUNCTIONS(ThisComputerText)

public:
    // "This computer (NVIDIA GeForce RTX 4090)", or "This computer" when nothing names the chip.
    static QString machineName(const db::ThisComputer& machine);
    static QString fieldName(db::MachineField field);
    static QString fieldList(const std::vector<db::MachineField>& fields);
    // "AMD EPYC (2 cores, 2 threads) · 23.5 GiB reported by Linux · no GPU": what the OS said.
    static QString found(const core::host::HostInfo& host);
    // Short paragraphs for the top of the editor (rich text): found, detected, from the catalog, needed.
    static QString explanation(const db::ThisComputer& machine, const core::host::HostInfo& host);
};

} // namespace localrig::ui

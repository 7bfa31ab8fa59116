// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BandwidthMeasurement.h"
#include "core/MachineGrades.h"
#include "core/host/HostInfo.h"
#include "db/ThisComputer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
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
    // A paragraph (rich text) on the bandwidth measurement: the figure and where it went (`machine` as it
    // stands after db::applyMeasuredBandwidth), or why there is none and that the user types it.
    // "Source: measured on this computer, 04/12/2026" for a machine whose saved notes say its bandwidth was
    // measured (db::measuredBandwidthDate); nullopt otherwise.
    static std::optional<QString> bandwidthSource(const QString& notes);
    // The grade's reason for a table cell, as on the Plan page, without the Plan page's "no price" (the
    // computer is already bought).
    static QString gradeReason(const core::WorkloadGrade& grade);
    static QString measurement(const BandwidthMeasurement::Answer& answer, const core::Platform& machine);
};

} // namespace localrig::ui

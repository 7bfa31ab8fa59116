// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/host/BandwidthProbe.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace localrig::ui {

// The probe as the window runs it: core::host::measureBandwidth by default; tests give a fake that returns at
// once. It runs on a worker thread: `cancel` is raised by the Cancel button, `progress` (0..1) may be called
// from that thread.
using BandwidthProbe = std::function<Result<core::host::BandwidthProbeResult>(
    const std::atomic<bool>* cancel, const std::function<void(double)>& progress)>;

// Measures this computer's memory bandwidth off the GUI thread while a progress dialog with Cancel shows.
class BandwidthMeasurement
{
    Q_DECLARE_TR_FUNCTIONS(BandwidthMeasurement)

public:
    enum class Outcome { Measured, Cancelled, Failed };

    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        core::host::BandwidthProbeResult result;
        QDate date; // the day it was measured (local)
        QString problem; // why it failed, in words (Failed only)
    };

    static BandwidthProbe defaultProbe();
    // Starts the probe on a QThread, shows "bandwidthProgressDialog" and returns once the probe has ended
    // (the window's events keep running meanwhile). A failed probe or one without a pass is Failed.
    static Answer run(const BandwidthProbe& probe, QWidget* parent);
};

} // namespace localrig::ui

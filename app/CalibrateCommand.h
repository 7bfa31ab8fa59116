// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "core/CrossValidation.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

namespace localrig::app {

// `localrig calibrate --data FILE`: fits the speed constants to a measurements CSV and prints them with the
// residuals; `--write FILE` writes the reviewable constants file (core/calibration/speed-calibration.csv).
class CalibrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CalibrateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

// Reads and calibrates one or more measurements CSVs (shared with `localrig validate`); errors name the file's
// line and column, or the reason the file could not be read.
Result<core::CalibrationResult> calibrateFiles(const QStringList& paths, const core::DecodeFitOptions& options = {});

// The rows a calibration could not use, shared by `calibrate` and `validate`: as JSON, and as text lines (the
// prefill rows without sourced FLOPS in one line).
// The --json and --data options both commands take.
QList<QCommandLineOption> measurementOptions();
QJsonArray skippedJson(const std::vector<core::SkippedRow>& rows);
void printSkipped(const std::vector<core::SkippedRow>& rows, QTextStream& out);

} // namespace localrig::app

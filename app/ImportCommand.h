// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataFileCommand.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig import FILE`: reads platforms, models and prices from a JSON or CSV file into the user database, all rows
// or none (format by extension: .json or .csv).
class ImportCommand final : public DataFileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;

protected:
    QString fileDescription() const override;
    QString expectedOneFile() const override;
    QString failure(const QString& detail) const override;
    int runWithFile(const QString& file, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app

// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace localrig::app {

// `localrig catalog list models|platforms|machines|quants|use-cases [--json]`: the merged catalog (shipped
// rows and the user's own) as a readable table or as JSON. `localrig catalog check [--json] [--today DATE]`:
// stale and missing prices, guide-only values, disagreements and non-vendor sources (db/CatalogAudit.h).
class CatalogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) override;
};

} // namespace localrig::app

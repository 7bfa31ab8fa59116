// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// localrig_catalog_builder CATALOG_DIR OUTPUT.sqlite: the build step that turns db/catalog/ into the
// shipped catalog. Prints every problem as "file:line: field: reason" and exits 1 when there is any.
#include "CatalogBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        err << "usage: localrig_catalog_builder CATALOG_DIR OUTPUT.sqlite" << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    localrig::db::CatalogBuilder builder(arguments.at(1));
    auto built = builder.build(arguments.at(2));
    if (!built) {
        const QStringList& problems = builder.problems();
        if (problems.isEmpty()) {
            err << QString::fromStdString(built.error().detail) << Qt::endl;
        }
        for (const QString& problem : problems) {
            err << problem << Qt::endl;
        }
        err << "localrig_catalog_builder: the catalog was not built" << Qt::endl;
        return 1;
    }
    QStringList counts;
    for (const auto& [table, count] : builder.rowCounts()) {
        counts.append(QStringLiteral("%1 %2").arg(count).arg(table));
    }
    out << QStringLiteral("catalog: %1 in %2 ms (%3)")
               .arg(arguments.at(2))
               .arg(timer.elapsed())
               .arg(counts.join(QStringLiteral(", ")))
        << Qt::endl;
    return 0;
}

// bearings_tamper_vault: changes a vault the way someone with its passphrase
// and an SQLite tool could, behind the app's back, so the command-line test
// can show that `bearings check` finds it.
//
//   bearings_tamper_vault VAULT    reads the passphrase from the first line of
//                                  standard input, appends a word to the note
//                                  of the first incident with plain SQL (no
//                                  repository, so no chain link) and saves.
//
// Exit codes: 0 changed and saved, 1 usage, 2 the vault did not open or save,
// 3 the vault has no incident.
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace bearings;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: bearings_tamper_vault VAULT < passphrase\n", stderr);
        return 1;
    }
    QTextStream in(stdin);
    const QString passphrase = in.readLine();
    auto vault = Vault::open(args.at(1), passphrase);
    if (!vault.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(vault.error().message));
        return 2;
    }
    QSqlQuery q(vault.value()->database().connection());
    if (!q.exec(u"UPDATE journal_entry SET note = note || ' (changed)' "
                "WHERE id = (SELECT min(id) FROM journal_entry WHERE is_incident = 1)"_s)
        || q.numRowsAffected() != 1)
        return 3;
    if (Status s = vault.value()->save(); !s.ok()) {
        std::fprintf(stderr, "save: %s\n", qPrintable(s.error().message));
        return 2;
    }
    return 0;
}

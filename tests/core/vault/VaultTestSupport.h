#pragma once

#include "TestDatabase.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"
#include "vault/KdfParams.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace bearings::test {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// A temp folder with a vault path in it and cheap KDF parameters.
class VaultFixture : public ::testing::Test {
protected:
    std::unique_ptr<Vault> createVault(const QString &passphrase = QStringLiteral("correct horse"))
    {
        auto created = Vault::create(path, passphrase, clock, KdfParams::insecureForTests());
        EXPECT_TRUE(created.ok()) << (created.ok() ? std::string() : created.error().detail.toStdString());
        return created.ok() ? std::move(created).value() : nullptr;
    }

    Result<std::unique_ptr<Vault>> openVault(const QString &passphrase = QStringLiteral("correct horse"))
    {
        return Vault::open(path, passphrase, clock);
    }

    static void addPerson(Database &db, const QString &name)
    {
        Relationship r;
        r.name = name;
        r.kind = RelationshipKind::Friend;
        RelationshipRepository repo(db);
        ASSERT_TRUE(repo.add(r).ok());
    }

    static QStringList people(Database &db)
    {
        QStringList names;
        auto list = RelationshipRepository(db).list(true);
        if (list.ok()) {
            for (const Relationship &r : list.value())
                names << r.name;
        }
        names.sort();
        return names;
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("my.vault"));
    ManualClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
};

} // namespace bearings::test

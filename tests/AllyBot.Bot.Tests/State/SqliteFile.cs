using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace AllyBot.Bot.Tests.State;

/// <summary>A test's look at a SQLite state file from outside the bot: SQL on its own connection, and its raw bytes.</summary>
public sealed class SqliteFile(string path)
{
    public string Path { get; } = path;

    public object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar();
    }

    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public List<string> Strings(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }

    /// <summary>The stored JSON of <paramref name="key"/> in <c>bot_state</c>.</summary>
    public JsonElement Row(string key) =>
        JsonDocument.Parse((string)Scalar("SELECT json FROM bot_state WHERE key = @key", ("@key", key))!).RootElement.Clone();

    public string IntegrityCheck() => (string)Scalar("PRAGMA integrity_check;")!;

    /// <summary>How often <paramref name="text"/> occurs, as UTF-8 bytes, in the database file and its -wal file.</summary>
    public int Occurrences(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var count = 0;
        foreach (var file in new[] { Path, Path + "-wal" }.Where(File.Exists))
        {
            byte[] bytes;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }
            for (var at = bytes.AsSpan().IndexOf(needle); at >= 0; at = Next(bytes, needle, at))
                count++;
        }
        return count;
    }

    private static int Next(byte[] bytes, byte[] needle, int previous)
    {
        var next = bytes.AsSpan(previous + 1).IndexOf(needle);
        return next < 0 ? -1 : previous + 1 + next;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}

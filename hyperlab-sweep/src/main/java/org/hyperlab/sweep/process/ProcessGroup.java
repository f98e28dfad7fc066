package org.hyperlab.sweep.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A program started as the leader of its own process group ({@code setsid}, util-linux), so that it and
 * everything it starts, including children that double-fork and outlive it, can be ended together:
 * {@link #terminate} sends SIGTERM to the whole group, waits up to a grace period for it to empty, then sends SIGKILL.
 * The group id is the leader's pid: {@code setsid} executes the program in place, because a child of the JVM is never
 * already a group leader. Linux only ({@code /proc} is read to find the group's live members).
 */
public final class ProcessGroup {
    private final Process leader;

    private ProcessGroup(Process leader) {
        this.leader = leader;
    }

    /** Starts {@code builder}'s command under {@code setsid}; the builder's directory, environment and redirects apply. */
    public static ProcessGroup start(ProcessBuilder builder) throws IOException {
        List<String> command = new ArrayList<>(List.of("setsid", "--wait"));
        command.addAll(builder.command());
        builder.command(command);
        return new ProcessGroup(builder.start());
    }

    /** The group's leader (the program itself). */
    public Process leader() {
        return leader;
    }

    /** The process group id, equal to the leader's pid. */
    public long id() {
        return leader.pid();
    }

    /** The pids of the group's members that are alive (zombies not counted), read from {@code /proc}. */
    public List<Long> livePids() {
        return livePidsOf(id());
    }

    /** The live (non-zombie) members of process group {@code pgid}. */
    public static List<Long> livePidsOf(long pgid) {
        List<Long> out = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String stat;
                try {
                    stat = Files.readString(p.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                // pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses, so split after the last ')'
                String[] rest = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                if (!rest[0].equals("Z") && !rest[0].equals("X") && Long.parseLong(rest[2]) == pgid) {
                    out.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc: " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether a process with this pid is alive (not a zombie). */
    public static boolean isAlive(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException gone) {
            return false;
        }
    }

    /**
     * Ends every live member of the group: SIGTERM, then up to {@code grace} for them to exit, then SIGKILL. Returns
     * when the group is empty (or after a further second of waiting for SIGKILL to take effect).
     */
    public void terminate(Duration grace) {
        if (livePids().isEmpty()) {
            return;
        }
        signal("TERM");
        if (waitEmpty(grace)) {
            return;
        }
        signal("KILL");
        waitEmpty(Duration.ofSeconds(1));
    }

    private boolean waitEmpty(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!livePids().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return livePids().isEmpty();
            }
        }
        return true;
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, "--", "-" + id()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

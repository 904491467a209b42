import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of the networks Harbour recovered against the planted truth, over pairs of ads: a pair is
 * predicted when both ads fall in one connected component of the link graph, and true when both belong to one
 * planted network. Reads three files the run writes with psql: the ads (entity number, ad id at the site), the
 * links (from number, to number, kind) and the generator's truth (ad_id,network_id,phones).
 *
 * <p>Usage: {@code java NetworkScore.java ads.tsv links.tsv truth.csv [hub-limit]}. It scores the components
 * made by three sets of link kinds, and again without identifiers that more than hub-limit ads mention (default
 * 1,000; a hotel's front desk number is not a network).
 */
public final class NetworkScore {

    public static void main(String[] args) throws IOException {
        Path adsFile = Path.of(args[0]);
        Path linksFile = Path.of(args[1]);
        Path truthFile = Path.of(args[2]);
        int hubLimit = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;

        Map<String, Integer> networkOf = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(truthFile, StandardCharsets.UTF_8)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(",", -1);
                networkOf.put(f[0], f[1].isEmpty() ? -1 : Integer.parseInt(f[1]));
            }
        }
        int nodes = 0;
        int[] adNode = new int[networkOf.size()];
        int[] adNetwork = new int[networkOf.size()];
        int ads = 0;
        int unknown = 0;
        try (BufferedReader r = Files.newBufferedReader(adsFile, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                Integer network = networkOf.get(f[1]);
                int node = Integer.parseInt(f[0]);
                nodes = Math.max(nodes, node + 1);
                if (network == null) {
                    unknown++;
                    continue;
                }
                adNode[ads] = node;
                adNetwork[ads] = network;
                ads++;
            }
        }
        int linkCount = (int) Files.lines(linksFile).count();
        int[] from = new int[linkCount];
        int[] to = new int[linkCount];
        byte[] kind = new byte[linkCount];
        int[] degree;
        try (BufferedReader r = Files.newBufferedReader(linksFile, StandardCharsets.UTF_8)) {
            int i = 0;
            for (String line; (line = r.readLine()) != null; i++) {
                String[] f = line.split("\t", -1);
                from[i] = Integer.parseInt(f[0]);
                to[i] = Integer.parseInt(f[1]);
                nodes = Math.max(nodes, Math.max(from[i], to[i]) + 1);
                kind[i] = (byte)
                        switch (f[2]) {
                            case "MENTIONS" -> 0;
                            case "NEAR_DUPLICATE" -> 1;
                            default -> 2;
                        };
            }
        }
        degree = new int[nodes];
        for (int i = 0; i < linkCount; i++) {
            if (kind[i] == 0) {
                degree[to[i]]++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "ads scored %,d (not in the truth: %,d), links %,d, planted networks' ads %,d%n",
                ads,
                unknown,
                linkCount,
                Arrays.stream(adNetwork, 0, ads).filter(n -> n >= 0).count());
        System.out.printf(
                Locale.ROOT, "%-62s %10s %10s %8s %14s %14s%n", "links used", "precision", "recall", "F1", "true pairs",
                "found pairs");
        for (int hubs : new int[] {Integer.MAX_VALUE, hubLimit}) {
            for (String set : List.of("MENTIONS", "MENTIONS+NEAR_DUPLICATE", "MENTIONS+NEAR_DUPLICATE+SAME_AS")) {
                int kinds = set.split("\\+").length;
                int[] parent = new int[nodes];
                for (int i = 0; i < nodes; i++) {
                    parent[i] = i;
                }
                for (int i = 0; i < linkCount; i++) {
                    if (kind[i] < kinds && (kind[i] != 0 || degree[to[i]] <= hubs)) {
                        union(parent, from[i], to[i]);
                    }
                }
                score(
                        set + (hubs == Integer.MAX_VALUE ? "" : ", hubs > " + hubLimit + " ads left out"),
                        parent,
                        adNode,
                        adNetwork,
                        ads);
            }
        }
    }

    private static void score(String label, int[] parent, int[] adNode, int[] adNetwork, int ads) {
        Map<Integer, Integer> perComponent = new HashMap<>();
        Map<Long, Integer> perCell = new HashMap<>();
        Map<Integer, Integer> perNetwork = new HashMap<>();
        for (int a = 0; a < ads; a++) {
            int root = find(parent, adNode[a]);
            perComponent.merge(root, 1, Integer::sum);
            if (adNetwork[a] >= 0) {
                perNetwork.merge(adNetwork[a], 1, Integer::sum);
                perCell.merge(((long) adNetwork[a] << 32) | root, 1, Integer::sum);
            }
        }
        long truePairs = pairs(perNetwork);
        long found = pairs(perComponent);
        long both = pairs(perCell);
        double precision = found == 0 ? 1 : (double) both / found;
        double recall = truePairs == 0 ? 1 : (double) both / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int largest = perComponent.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "%-62s %10.4f %10.4f %8.4f %,14d %,14d  (largest component %,d ads)%n",
                label,
                precision,
                recall,
                f1,
                truePairs,
                found,
                largest);
    }

    private static <K> long pairs(Map<K, Integer> counts) {
        long sum = 0;
        for (int c : counts.values()) {
            sum += (long) c * (c - 1) / 2;
        }
        return sum;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}

// The comparison's figures: an overview table (per office, in total, per 10.000 inhabitants), then a
// chart per figure and per breakdown in Auswertung's style, each with its table.
import {
  Grid,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { perTenThousand, type Comparison, type Figure } from '../../../shared/kennzahlen/compare';
import { DIMENSION_KEYS, MEASURES } from '../../../shared/kennzahlen/format';
import { ChartCard } from '../../components/ChartCard';
import { useFormat } from '../../components/useFormat';
import { CompareBars } from './CompareBars';
import { figureText, officeLabels } from './figureText';

export function CompareResults({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const series = useTheme().palette.chart.series;
  const { offices } = comparison;
  const text = (f: Figure) => figureText(f, t, fmt);
  const perCapita = (f: Figure, population: number | null) => {
    const v = perTenThousand(f, population);
    return v === null ? '–' : text({ min: v, exact: f.exact });
  };
  const officeColumns = officeLabels(offices);
  const withPopulation = offices.some((o) => o.population !== null);
  const colours = offices.map((_o, i) => series[i % series.length]!);

  return (
    <>
      <Paper component="section" aria-labelledby="kennzahlen-overview" sx={{ p: 2, overflowX: 'auto' }}>
        <Typography id="kennzahlen-overview" variant="h6" component="h3" gutterBottom>
          {t('kennzahlen.overviewTitle')}
        </Typography>
        <Table size="small" aria-labelledby="kennzahlen-overview">
          <TableHead>
            <TableRow>
              <TableCell>{t('kennzahlen.columns.figure')}</TableCell>
              {officeColumns.map((name, i) => (
                <TableCell key={offices[i]!.key} align="right">
                  {name}
                </TableCell>
              ))}
              <TableCell align="right">{t('kennzahlen.columns.total')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {MEASURES.map((m) => {
              const { perOffice, total } = comparison.measures[m];
              return [
                <TableRow key={m}>
                  <TableCell component="th" scope="row">
                    {t(`kennzahlen.measures.${m}`)}
                  </TableCell>
                  {perOffice.map((f, i) => (
                    <TableCell key={offices[i]!.key} align="right">
                      {text(f)}
                    </TableCell>
                  ))}
                  <TableCell align="right">{text(total)}</TableCell>
                </TableRow>,
                withPopulation && (
                  <TableRow key={`${m}-capita`}>
                    <TableCell component="th" scope="row" sx={{ pl: 4 }}>
                      {t('kennzahlen.perCapita', { measure: t(`kennzahlen.measures.${m}`) })}
                    </TableCell>
                    {perOffice.map((f, i) => (
                      <TableCell key={offices[i]!.key} align="right">
                        {perCapita(f, offices[i]!.population)}
                      </TableCell>
                    ))}
                    <TableCell align="right">{perCapita(total, comparison.totalPopulation)}</TableCell>
                  </TableRow>
                ),
              ];
            })}
          </TableBody>
        </Table>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('kennzahlen.lowerBoundNote')}
        </Typography>
      </Paper>
      <Grid container spacing={2}>
        {MEASURES.map((m) => {
          const { perOffice, total } = comparison.measures[m];
          const title = t(`kennzahlen.measures.${m}`);
          return (
            <Grid key={m} size={{ xs: 12, lg: 6 }}>
              <ChartCard
                id={`kennzahlen-${m}`}
                title={title}
                table={{
                  columns: [
                    t('kennzahlen.columns.office'),
                    title,
                    ...(withPopulation ? [t('kennzahlen.perCapita', { measure: '' }).trim()] : []),
                  ],
                  rows: [
                    ...perOffice.map((f, i) => [
                      officeColumns[i]!,
                      text(f),
                      ...(withPopulation ? [perCapita(f, offices[i]!.population)] : []),
                    ]),
                    [
                      t('kennzahlen.columns.total'),
                      text(total),
                      ...(withPopulation ? [perCapita(total, comparison.totalPopulation)] : []),
                    ],
                  ],
                }}
              >
                <CompareBars
                  categories={officeColumns.map((name, i) => ({ name, values: [perOffice[i]!.min] }))}
                  series={[{ name: title, colour: series[0] }]}
                  format={fmt.figure}
                />
              </ChartCard>
            </Grid>
          );
        })}
        {DIMENSION_KEYS.map((d) => {
          const categories = comparison.breakdowns[d];
          const title = t(`kennzahlen.dimensions.${d}`);
          const shown = categories.filter((c) => c.total.min > 0 || !c.total.exact);
          return (
            <Grid key={d} size={{ xs: 12, lg: 6 }}>
              <ChartCard
                id={`kennzahlen-${d}`}
                title={title}
                empty={shown.length === 0 ? t('dashboard.emptyShare') : undefined}
                table={{
                  columns: [
                    t('kennzahlen.columns.category'),
                    ...officeColumns,
                    t('kennzahlen.columns.total'),
                  ],
                  rows: shown.map((c) => [
                    c.notSet ? t('figures.notSet') : c.label,
                    ...c.perOffice.map(text),
                    text(c.total),
                  ]),
                }}
              >
                <CompareBars
                  categories={shown.map((c) => ({
                    name: c.notSet ? t('figures.notSet') : c.label,
                    values: c.perOffice.map((f) => f.min),
                  }))}
                  series={officeColumns.map((name, i) => ({ name, colour: colours[i]! }))}
                  format={fmt.figure}
                />
              </ChartCard>
            </Grid>
          );
        })}
      </Grid>
    </>
  );
}
